/** The comparison table derived from the framework, its export and the notes on bad input. */
import { describe, expect, it } from 'vitest'

import { comparisonCsv, csvField } from '@/view-models/compare/compare-csv'
import { comparisonSections, differencesOnly, type CompareElement, type CompareSection } from '@/view-models/compare/compare-rows'
import { comparisonNotes } from '@/view-models/compare/comparison-notes'
import { comparedMetricCharts } from '@/view-models/compare/metric-charts'
import type { ComparedPractice } from '@/data/compare'
import { parseCompareQuery } from '@/url-state/compare-query'
import { allQuestions, framework } from '@/framework'
import { translations } from '@/i18n/translations'
import type { Practice } from '@/payload-types'
import { initialMetrics, vocabularyOf } from '@/framework/metric-vocabulary'

const t = translations('en', 'compare')
const metrics = vocabularyOf(initialMetrics)

const practice = (slug: string, fields: Partial<Practice>, untranslated: string[] = []): ComparedPractice => ({
  practice: { id: slug.length, slug, title: slug.toUpperCase(), country: 'BE', originalLanguage: 'en', updatedAt: '', createdAt: '', ...fields } as Practice,
  untranslated: new Set(untranslated),
})

const chat = practice('chat', {
  channels: ['chat'],
  audiences: ['pupils', 'schoolStaff'],
  policyStage: 'developing',
  anonymous: true,
  languages: ['nl'],
  openingHours: [{ day: 'mon', from: '14:00', to: '21:00' }],
  indicators: [
    { metric: 'chats', period: '2016-17', value: 3136, unit: 'count', source: 'a' },
    { metric: 'chats', period: '2018-19', value: 5465, unit: 'count', source: 'a' },
  ],
  sources: [{ key: 'a', title: 'Brochure' }],
})
const helpdesk = practice('helpdesk', {
  country: 'NL',
  channels: ['phone', 'email'],
  audiences: ['schoolStaff'],
  policyStage: 'systematising',
  languages: ['nl'],
  indicators: [{ metric: 'chats', period: '2016', value: 1173, unit: 'count', source: 'b' }],
  sources: [{ key: 'b', title: 'Annual review' }],
})

const sections = comparisonSections([chat, helpdesk], t.recordSection, 'en', metrics)
const element = (key: string): CompareElement => sections.flatMap((s) => s.elements).find((e) => e.key === key)!

describe('comparison rows', () => {
  it('has a section per framework section, after the record, and an element per question', () => {
    expect(sections.map((s) => s.key)).toEqual(['record', ...framework.map((s) => s.key)])
    expect(sections.slice(1).flatMap((s) => s.elements.map((e) => e.key))).toEqual(allQuestions().map((q) => q.key))
  })

  it('shows multi-choice answers as a presence matrix of the options either practice chose', () => {
    const channels = element('channels')
    expect(channels.matrix).toBe(true)
    expect(channels.rows.map((r) => [r.label, r.cells.map((c) => c.kind === 'presence' && c.present), r.same])).toEqual([
      ['Chat', [true, false], false],
      ['Telephone', [false, true], false],
      ['E-mail', [false, true], false],
    ])
    const audiences = element('audiences')
    expect(audiences.rows.map((r) => [r.key, r.same])).toEqual([
      ['audiences.pupils', false],
      ['audiences.schoolStaff', true],
    ])
  })

  it('places the policy-focus stage on its ordered scale', () => {
    const [row] = element('policyStage').rows
    expect(row!.cells).toEqual([
      { kind: 'scale', position: 2, steps: expect.arrayContaining(['Developing the use of ICT']) },
      { kind: 'scale', position: 4, steps: expect.any(Array) },
    ])
    expect(row!.same).toBe(false)
  })

  it('treats an answer one practice leaves out as a difference, and two left out as the same', () => {
    expect(element('anonymous').rows[0]).toMatchObject({ cells: [{ kind: 'text', text: 'Yes' }, { kind: 'unstated' }], same: false })
    expect(element('barriers')).toMatchObject({ matrix: false, rows: [{ cells: [{ kind: 'unstated' }, { kind: 'unstated' }], same: true }] })
  })

  it('lists opening days and reported metrics with their hours and periods, which count in the comparison', () => {
    expect(element('openingHours').rows[0]).toMatchObject({ label: 'Monday', cells: [{ kind: 'presence', present: true, detail: '14:00–21:00' }, { kind: 'unstated' }] })
    expect(element('indicators').rows[0]).toMatchObject({ label: 'Chat conversations', same: false, cells: [{ detail: '2016-17, 2018-19' }, { detail: '2016' }] })
    const evening = practice('evening', { openingHours: [{ day: 'mon', from: '14:00', to: '21:00' }] })
    const monday = (compared: ComparedPractice[]) =>
      comparisonSections(compared, t.recordSection, 'en', metrics).flatMap((s) => s.elements).find((e) => e.key === 'openingHours')!.rows[0]!
    expect(monday([chat, evening]).same).toBe(true)
    expect(monday([chat, practice('morning', { openingHours: [{ day: 'mon', from: '09:00', to: '12:00' }] })]).same).toBe(false)
  })

  it('keeps only the rows that differ when asked', () => {
    const differences = differencesOnly(sections)
    const rows = differences.flatMap((s) => s.elements.flatMap((e) => e.rows))
    expect(rows.length).toBeGreaterThan(0)
    expect(rows.every((r) => !r.same)).toBe(true)
    expect(differences.flatMap((s) => s.elements.map((e) => e.key))).not.toContain('languages')
  })

  it('charts a metric both practices report in one chart, a series per practice over every period', () => {
    const [chart] = comparedMetricCharts([chat, helpdesk], 'en', metrics)
    expect(chart!.title).toBe('Chat conversations, 2016 to 2018-19')
    expect(chart!.compares).toBe('series')
    expect(chart!.series.map((s) => [s.name, s.data.map((d) => [d.label, d.value])])).toEqual([
      ['CHAT', [['2016', null], ['2016-17', 3136], ['2018-19', 5465]]],
      ['HELPDESK', [['2016', 1173], ['2016-17', null], ['2018-19', null]]],
    ])
    expect(chart!.sources.map((s) => s.href)).toEqual(['/en/practices/chat#source-a', '/en/practices/helpdesk#source-b'])
  })
})

describe('comparison export', () => {
  it('defuses cells a spreadsheet would run as formulas, and quotes what CSV needs quoted', () => {
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`)
    expect(csvField('+1')).toBe("'+1")
    expect(csvField('-2')).toBe("'-2")
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)")
    expect(csvField('a, b')).toBe('"a, b"')
    expect(csvField('plain')).toBe('plain')
  })

  it('writes a line per row, with each practice in a column and whether they agree', () => {
    const csv = comparisonCsv(sections, [chat, helpdesk], t)
    const lines = csv.replace(/^\uFEFF/, '').trimEnd().split('\r\n')
    expect(lines[0]).toBe('Section,Element,Option,CHAT (chat),HELPDESK (helpdesk),Same or different')
    expect(lines).toContain('Access,Channels,Chat,Yes,No,Differs')
    expect(lines).toContain('Policy/Strategy focus,Policy stage,,Developing the use of ICT (stage 2 of 4),Systematising the use of ICT (stage 4 of 4),Differs')
    const rowCount = sections.reduce((n, s: CompareSection) => n + s.elements.reduce((m, e) => m + e.rows.length, 0), 0)
    expect(lines).toHaveLength(rowCount + 1)
  })
})

describe('comparison input', () => {
  it('reads slugs given with commas or repeated, once each, and the differences toggle', () => {
    expect(parseCompareQuery({ practices: ['clbchat,School-Safety-Helpdesk', 'clbchat'], diff: '1' })).toEqual({
      slugs: ['clbchat', 'school-safety-helpdesk'],
      diffOnly: true,
    })
    expect(parseCompareQuery({})).toEqual({ slugs: [], diffOnly: false })
  })

  it('explains what is wrong: nothing chosen, unknown or unpublished slugs, one practice, more than four', () => {
    const none = { practices: [], missing: [] }
    expect(comparisonNotes(parseCompareQuery({}), none, t)).toEqual([t.noneChosen])
    expect(comparisonNotes(parseCompareQuery({ practices: 'chat,draft' }), { practices: [chat], missing: ['draft'] }, t)).toEqual([t.notFound({ slug: 'draft' }), t.onlyOne])
    expect(comparisonNotes(parseCompareQuery({ practices: 'a,b,c,d,e' }), { practices: [chat, helpdesk], missing: ['c', 'd'] }, t)).toEqual([
      t.notFound({ slug: 'c' }),
      t.notFound({ slug: 'd' }),
      t.tooMany({ max: 4 }),
    ])
    expect(comparisonNotes(parseCompareQuery({ practices: 'chat,helpdesk' }), { practices: [chat, helpdesk], missing: [] }, t)).toEqual([])
  })
})
