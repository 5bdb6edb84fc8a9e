/**
 * The record's identity and structure as registry definitions (kinds slug, shortText, longText, country, steps,
 * sources): their columns, their codecs in both directions, and what the schema and the import say in four languages.
 */
import { describe, expect, it } from 'vitest'

import { seedPractices } from '../../seed'
import { columnSpecs, headers } from '@/exchange/columns'
import { practiceFromDoc } from '@/exchange/practice-from-doc'
import { rowToPractice } from '@/exchange/rows'
import { practiceToRow } from '../support/practice-row'
import { fieldByKey, recordFields, wholeRecord } from '@/framework'
import { parsePracticeInput, practiceInputSchema } from '@/framework/practice-schema'
import { toPayloadData } from '@/practice-input/to-payload-data'

const clbchat = practiceInputSchema.parse(seedPractices.find((p) => p.slug === 'clbchat'))
const withPathway = practiceInputSchema.parse(seedPractices.find((p) => p.pathway?.length && p.sources?.length))
const minimal = { slug: 'a-practice', title: { en: 'A practice' }, country: 'BE', originalLanguage: 'nl' }
const refs = { organisations: new Map([['go-clb', 1], ['vclb', 2], ['ovsg-clb', 3], ['pov-clb', 4]]) }

const messagesIn = (locale: 'en' | 'nl' | 'fr' | 'de', input: unknown) => {
  const result = parsePracticeInput(input, locale)
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)
}

describe('the record as registry definitions', () => {
  it('keeps the open-data columns: slug, title in four languages, summary, country first; pathway and sources after the record fields', () => {
    expect(headers.slice(0, 10)).toEqual(['slug', 'title', 'title:nl', 'title:fr', 'title:de', 'summary', 'summary:nl', 'summary:fr', 'summary:de', 'country'])
    const keys = columnSpecs.map((c) => c.key)
    expect(keys.indexOf('pathway')).toBe(keys.indexOf(recordFields.at(-1)!.key) + 1)
    expect(keys.indexOf('sources')).toBe(keys.indexOf('pathway') + 1)
    expect(wholeRecord.map((f) => f.key).slice(0, 4)).toEqual(['slug', 'title', 'summary', 'country'])
  })

  it('writes the identity and structure of a seed practice into a row and reads the same values back', () => {
    expect(practiceToRow(clbchat, 'en')['title:nl']).toBe('CLBch@t – chatdienst van de centra voor leerlingenbegeleiding')
    const row = practiceToRow(withPathway, 'en')
    expect(row.slug).toBe(withPathway.slug)
    expect(row.country).toBe(withPathway.country)
    expect(JSON.parse(row.pathway!)).toEqual(withPathway.pathway)
    expect(JSON.parse(row.sources!)).toEqual(withPathway.sources)
    const { input, problems } = rowToPractice(row)
    expect(problems).toEqual([])
    const back = practiceInputSchema.parse(input)
    const identity = (p: typeof back) => ({ slug: p.slug, title: p.title, summary: p.summary, country: p.country, pathway: p.pathway, sources: p.sources })
    expect(identity(back)).toEqual(identity(withPathway))
  })

  it('turns a document read in every locale back into the input, and the input into one locale’s document', () => {
    const doc = {
      slug: 'clbchat',
      title: { en: 'Chat', nl: 'Chat (nl)' },
      summary: { en: 'Short.', nl: '' },
      country: { id: 'BE', name: 'Belgium' },
      pathway: [{ id: 'r1', title: { en: 'Ask', nl: 'Vragen' }, actor: { en: 'Pupil' }, description: null }],
      sources: [{ id: 's1', key: 'brochure', title: 'Brochure', url: null, publisher: 'CLB', date: '2018' }],
      _status: 'published',
    }
    const input = practiceFromDoc(doc)
    expect(input).toMatchObject({
      slug: 'clbchat',
      title: { en: 'Chat', nl: 'Chat (nl)' },
      summary: { en: 'Short.' },
      country: 'BE',
      pathway: [{ title: { en: 'Ask', nl: 'Vragen' }, actor: { en: 'Pupil' } }],
      sources: [{ key: 'brochure', title: 'Brochure', publisher: 'CLB', date: '2018' }],
      published: true,
    })
    const dutch = toPayloadData({ ...input, originalLanguage: 'nl' }, 'nl', refs)
    expect(dutch).toMatchObject({ slug: 'clbchat', title: 'Chat (nl)', summary: null, country: 'BE', pathway: [{ title: 'Vragen', actor: null, description: null }] })
  })

  it('defines the slug as optional in the admin but required in an exchange, the country as required in both', () => {
    expect(fieldByKey('slug').required).toBe(true)
    expect(fieldByKey('country').required).toBe(true)
    expect(messagesIn('en', { ...minimal, slug: undefined })[0]).toMatch(/^slug: /)
  })
})

describe('what the schema says is wrong, in the importer’s language', () => {
  const wrong = { ...minimal, country: 'be', sources: [{ key: 's', title: 'S' }], indicators: [{ metric: 'chats', period: 'spring', value: 1, unit: 'count', source: 'nowhere' }] }

  it.each([
    ['en', 'a two-letter ISO country code such as BE', 'a year (2016) or a school year (2016-17)', `"nowhere" is not one of this practice's sources`],
    ['nl', 'een landcode van twee letters (ISO), zoals BE', 'een jaar (2016) of een schooljaar (2016-17)', '"nowhere" hoort niet bij de bronnen van deze praktijk'],
    ['fr', 'un code pays ISO à deux lettres, comme BE', 'une année (2016) ou une année scolaire (2016-17)', '« nowhere » ne figure pas parmi les sources de cette pratique'],
    ['de', 'ein zweibuchstabiger ISO-Ländercode wie BE', 'ein Jahr (2016) oder ein Schuljahr (2016-17)', '„nowhere“ gehört nicht zu den Quellen dieser Praxis'],
  ] as const)('in %s', (locale, country, period, source) => {
    expect(messagesIn(locale, wrong)).toEqual([`country: ${country}`, `indicators.0.period: ${period}`, `indicators.0.source: ${source}`])
  })

  it('translates zod’s own messages too: a number where text belongs', () => {
    const [english] = messagesIn('en', { ...minimal, slug: 42 })
    const [dutch] = messagesIn('nl', { ...minimal, slug: 42 })
    expect(english).toMatch(/^slug: Invalid input/)
    expect(dutch).toMatch(/^slug: Ongeldige invoer/)
  })

  it('says what a cell should hold in the importer’s language', () => {
    const cells = { ...practiceToRow(clbchat, 'en'), anonymous: 'misschien', pathway: '{"title": 1}' }
    expect(rowToPractice(cells, 'nl').problems.map((p) => `${p.column}: ${p.expected}`)).toEqual([
      'pathway: een JSON-lijst, bijv. [{"key": "..."}]',
      'anonymous: ja of nee',
    ])
    expect(rowToPractice(cells).problems.map((p) => p.expected)).toEqual(['a JSON array, e.g. [{"key": "..."}]', 'yes or no'])
  })
})
