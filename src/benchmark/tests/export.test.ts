/** The results as downloads (src/benchmark/results-export.ts). */
import { describe, expect, it } from 'vitest'

import { criterionPrevalence } from '@/benchmark/criterion-prevalence'
import { assessmentResults } from '@/benchmark/results'
import { csvCell, resultsCsv, resultsJson, type ExportInput } from '@/benchmark/results-export'
import { translations } from '@/i18n/translations'

const results = assessmentResults(
  {
    sections: ['access'],
    policyStage: 'developing',
    answers: {
      'access.anonymous': { state: 'achieved', note: '=HYPERLINK("http://evil.example")' },
      'access.multiChannel': { state: 'inProgress', targetState: 'achieved', targetDate: '2027-06-30', note: 'Phone, "soon"; e-mail later' },
    },
  },
  { prevalence: criterionPrevalence([]), peers: [], today: '2026-06-01' },
)
const input: ExportInput = {
  name: 'Review 2026',
  practice: { slug: 'clbchat', title: 'CLBch@t' },
  peers: [],
  createdAt: '2026-05-01T10:00:00.000Z',
  updatedAt: '2026-05-02T10:00:00.000Z',
  previousUpdatedAt: null,
  inventorySize: 0,
  results,
}

describe('CSV', () => {
  it('quotes what needs quoting and defuses spreadsheet formulas', () => {
    expect(csvCell('plain')).toBe('plain')
    expect(csvCell('a, "b"')).toBe('"a, ""b"""')
    expect(csvCell('=1+1')).toBe("'=1+1")
    expect(csvCell('-5')).toBe("'-5")
    expect(csvCell(-5)).toBe('-5')
    expect(csvCell(null)).toBe('')
  })

  it('has one row per element with its key first, labels in the page’s language', () => {
    const lines = resultsCsv(input, 'fr', translations('fr', 'benchmark')).replace(/^\uFEFF/, '').trim().split('\r\n')
    expect(lines[0].split(',').slice(0, 4)).toEqual(['key', 'rubrique', 'élément', 'réponse'])
    expect(lines).toHaveLength(5)
    const anonymous = lines.find((l) => l.startsWith('access.anonymous'))!
    expect(anonymous).toContain('Atteint')
    expect(anonymous).toContain(`'=HYPERLINK(""http://evil.example"")`)
    expect(lines.find((l) => l.startsWith('access.multiChannel'))).toContain('2027-06-30')
  })
})

describe('JSON', () => {
  it('holds the scores as fractions, the rule, and each element with its target', () => {
    const json = resultsJson(input, 'en')
    expect(json.overall).toBe(0.75)
    expect(json.scoringRule.points).toEqual({ notStarted: 0, inProgress: 0.5, achieved: 1 })
    expect(json.policyStage).toEqual({ key: 'developing', label: 'Developing the use of ICT', position: 2, of: 4 })
    const multiChannel = json.sections[0].elements.find((e) => e.key === 'access.multiChannel')
    expect(multiChannel).toMatchObject({ answer: 'inProgress', points: 0.5, target: { answer: 'achieved', date: '2027-06-30', status: 'open' } })
  })
})
