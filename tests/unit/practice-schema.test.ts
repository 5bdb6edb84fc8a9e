/** The practice schema derived from the framework accepts the seed practices and explains what is wrong with bad input. */
import { describe, expect, it } from 'vitest'

import { seedPractices } from '../../seed'
import { practiceInputSchema } from '@/framework/practice-schema'

const minimal = { slug: 'a-practice', title: { en: 'A practice' }, country: 'BE', originalLanguage: 'nl' }

const problems = (input: unknown) => {
  const result = practiceInputSchema.safeParse(input)
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)
}

describe('practiceInputSchema', () => {
  it.each(seedPractices.map((p) => [p.slug, p]))('accepts the seed practice %s', (_, practice) => {
    expect(problems(practice)).toEqual([])
  })

  it('accepts a minimal practice and marks it unpublished', () => {
    const parsed = practiceInputSchema.parse(minimal)
    expect(parsed.published).toBe(false)
  })

  it.each([
    ['a missing English title', { ...minimal, title: { nl: 'Alleen Nederlands' } }, 'title.en'],
    ['an unknown theme', { ...minimal, themes: ['astrology'] }, 'themes.0'],
    ['an unknown field', { ...minimal, colour: 'blue' }, ''],
    ['a lower-case country', { ...minimal, country: 'be' }, 'country'],
    ['an impossible opening slot', { ...minimal, openingHours: [{ day: 'mon', from: '21:00', to: '14:00' }] }, 'openingHours.0'],
    ['a period that is not a year', { ...minimal, sources: [{ key: 's', title: 'S' }], indicators: [{ metric: 'chats', period: 'spring', value: 1, unit: 'count', source: 's' }] }, 'indicators.0.period'],
    ['a metric key that is not a key', { ...minimal, sources: [{ key: 's', title: 'S' }], indicators: [{ metric: 'Occupational profiles', period: '2016', value: 1, unit: 'count', source: 's' }] }, 'indicators.0.metric'],
    ['a figure without a known source', { ...minimal, indicators: [{ metric: 'chats', period: '2016', value: 1, unit: 'count', source: 'nowhere' }] }, 'indicators.0.source'],
    ['a website without a scheme', { ...minimal, website: 'www.clbchat.be' }, 'website'],
  ])('refuses %s, naming the field', (_, input, path) => {
    const found = problems(input)
    expect(found.length).toBeGreaterThan(0)
    expect(found.some((p) => p.startsWith(`${path}:`) || (path === '' && p.includes('colour')))).toBe(true)
  })
})
