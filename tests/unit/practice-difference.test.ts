/** The difference a reviewer reads between a practice's draft and its published version. */
import { describe, expect, it } from 'vitest'

import { fieldByKey, optionLabel } from '@/framework'
import { initialMetrics, vocabularyOf } from '@/framework/metric-vocabulary'
import { practiceDifference, type FieldChange, type StoredVersion } from '@/view-models/review/practice-difference'

const metrics = vocabularyOf(initialMetrics)

/** A version as Payload returns it with locale 'all': localized fields per language, relations populated. */
const published: StoredVersion = {
  title: { en: 'CLBch@t', nl: 'CLBch@t' },
  summary: { en: 'Chat with a pupil guidance centre.', nl: 'Chat met een CLB.' },
  country: { id: 'BE', name: { en: 'Belgium', nl: 'België' } },
  originalLanguage: 'nl',
  policyStage: 'developing',
  channels: ['chat', 'phone'],
  anonymous: true,
  sources: [
    { key: 'brochure', title: 'CLBch@t brochure', publisher: 'CLB network', date: '2018' },
    { key: 'report', title: 'Annual report', publisher: 'CLB network', date: '2020' },
  ],
  indicators: [
    { metric: 'chats', period: '2016-17', value: 3136, unit: 'count', source: 'brochure' },
    { metric: 'chats', period: '2018-19', value: 5465, unit: 'count', source: 'brochure' },
  ],
}

const draft: StoredVersion = {
  ...published,
  summary: { en: 'Chat with a pupil guidance centre.', nl: 'Anoniem chatten met een CLB.' },
  policyStage: 'systematising',
  channels: ['chat', 'email', 'web'],
  indicators: [
    { metric: 'chats', period: '2016-17', value: 3136, unit: 'count', source: 'brochure' },
    { metric: 'chats', period: '2018-19', value: 5470, unit: 'count', source: 'report' },
  ],
}

const changes = (difference: ReturnType<typeof practiceDifference>): FieldChange[] => difference.sections.flatMap((s) => s.changes)
const changeOf = (difference: ReturnType<typeof practiceDifference>, key: string) => changes(difference).find((c) => c.key === key)

describe('the difference between a draft and its published version', () => {
  const difference = practiceDifference(draft, published, 'en', metrics)

  it('shows a changed single choice as the old option label and the new one', () => {
    expect(changeOf(difference, 'policyStage')).toEqual({
      kind: 'value',
      key: 'policyStage',
      label: fieldByKey('policyStage').label.en,
      before: optionLabel('policyStage', 'developing', 'en'),
      after: optionLabel('policyStage', 'systematising', 'en'),
    })
  })

  it('lists the options added to and removed from a multiple choice, by label', () => {
    expect(changeOf(difference, 'channels')).toMatchObject({ kind: 'options', added: ['E-mail', 'Website'], removed: ['Telephone'] })
  })

  it('shows a changed figure with the source each version cites, and leaves the unchanged figure out', () => {
    expect(changeOf(difference, 'indicators')).toEqual({
      kind: 'figures',
      key: 'indicators',
      label: fieldByKey('indicators').label.en,
      figures: [{ figure: 'Chat conversations, 2018-19', before: '5,465 (source: CLB network, 2018)', after: '5,470 (source: CLB network, 2020)' }],
    })
  })

  it('shows a changed text in the language that changed only', () => {
    expect(changeOf(difference, 'summary')).toMatchObject({
      kind: 'texts',
      languages: [{ locale: 'nl', before: 'Chat met een CLB.', after: 'Anoniem chatten met een CLB.' }],
    })
  })

  it('leaves unchanged fields out and counts the changed ones', () => {
    const keys = changes(difference).map((c) => c.key)
    expect(keys).toEqual(['summary', 'policyStage', 'channels', 'indicators'])
    expect(difference.changedFields).toBe(4)
    expect(difference.firstPublication).toBe(false)
  })

  it('orders the sections as the framework does, record first', () => {
    expect(difference.sections.map((s) => s.key)).toEqual(['record', 'policyFocus', 'access', 'results'])
  })

  it('uses the reader’s language for labels and options', () => {
    const dutch = practiceDifference(draft, published, 'nl', metrics)
    expect(changeOf(dutch, 'channels')).toMatchObject({ label: fieldByKey('channels').label.nl, added: ['E-mail', 'Website'], removed: ['Telefoon'] })
    expect(changeOf(dutch, 'indicators')).toMatchObject({ figures: [{ figure: 'Chatgesprekken, 2018-19', after: '5.470 (bron: CLB network, 2020)' }] })
  })

  it('finds nothing to review when the draft equals the published version', () => {
    expect(practiceDifference(published, published, 'en', metrics)).toEqual({ sections: [], changedFields: 0, firstPublication: false })
  })

  it('shows every stated field as new when nothing is published yet', () => {
    const first = practiceDifference(published, null, 'en', metrics)
    expect(first.firstPublication).toBe(true)
    expect(changes(first).map((c) => c.key)).toEqual(['title', 'summary', 'country', 'originalLanguage', 'sources', 'policyStage', 'channels', 'anonymous', 'indicators'])
    expect(changeOf(first, 'country')).toMatchObject({ before: null, after: 'Belgium' })
    expect(changeOf(first, 'indicators')).toMatchObject({ figures: [{ before: null }, { before: null }] })
  })

  it('shows a removed figure with no value in the draft', () => {
    const fewer = practiceDifference({ ...draft, indicators: [] }, published, 'en', metrics)
    expect(changeOf(fewer, 'indicators')).toMatchObject({
      figures: [
        { figure: 'Chat conversations, 2016-17', before: '3,136 (source: CLB network, 2018)', after: null },
        { figure: 'Chat conversations, 2018-19', after: null },
      ],
    })
  })
})
