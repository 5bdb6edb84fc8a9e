/** Record fields defined in the registry alone reach the schema and the exchange columns: seed 001's main focus and Erasmus+. */
import { describe, expect, it } from 'vitest'

import { seedPractices } from '../../seed'
import { columnSpecs } from '@/exchange/columns'
import { rowToPractice } from '@/exchange/rows'
import { practiceToRow } from '../support/practice-row'
import { fieldByKey, recordFields } from '@/framework'
import { practiceInputSchema } from '@/framework/practice-schema'

const clbchat = practiceInputSchema.parse(seedPractices.find((p) => p.slug === 'clbchat'))

describe('record fields from the registry', () => {
  it('places the record fields after the country and before the pathway, the two from seed 001 after the guidance domains', () => {
    const keys = recordFields.map((f) => f.key)
    const columns = columnSpecs.map((c) => c.key)
    expect(columns.slice(columns.indexOf('country') + 1, columns.indexOf('pathway'))).toEqual(keys)
    expect(keys.slice(keys.indexOf('domains') + 1, keys.indexOf('domains') + 3)).toEqual(['mainFocus', 'erasmusPlus'])
  })

  it('exports CLBch@t’s main focus and Erasmus+ answer as seed 001 states them, and reads them back', () => {
    const row = practiceToRow(clbchat, 'en')
    expect(row.mainFocus).toBe('Career development | Access to guidance services')
    expect(row.erasmusPlus).toBe('No')
    expect(practiceToRow(clbchat, 'nl').erasmusPlus).toBe('Nee')
    const { input, problems } = rowToPractice(row)
    expect(problems).toEqual([])
    expect({ mainFocus: input.mainFocus, erasmusPlus: input.erasmusPlus }).toEqual({ mainFocus: ['careerDevelopment', 'accessToGuidance'], erasmusPlus: 'no' })
  })

  it('keeps seed 001’s wording of both questions as their sources', () => {
    expect(fieldByKey('mainFocus').source).toBe('Main focus')
    expect(fieldByKey('erasmusPlus').source).toBe('This practice developed through Erasmus+')
    expect(fieldByKey('mainFocus').options.map((o) => o.source)).toEqual(['Career Development', 'Access to Guidance Services'])
  })
})
