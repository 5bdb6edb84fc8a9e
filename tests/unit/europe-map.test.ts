/** The map of Europe's model: shades by count or share, the legend that explains them, the choice read from the URL. */
import { describe, expect, it } from 'vitest'

import { heatLevel, heatShades } from '@/components/charts/palette'
import { europeMap, mapChoiceValue, parseMapChoice, type MapFacet } from '@/view-models/countries/europe-map'
import { missingPeriods } from '@/view-models/practice/series-gaps'

const facets: MapFacet[] = [{ param: 'theme', label: 'Themes', options: [{ value: 'access', label: 'Access' }, { value: 'lmi', label: 'Labour-market information' }] }]
const countries = [
  { code: 'BE', name: 'Belgium', count: 10 },
  { code: 'NL', name: 'Netherlands', count: 3 },
  { code: 'XK', name: 'Kosovo', count: 0 },
]

describe('the map of Europe', () => {
  it('shades countries by their practices on a scale to the largest, grey without any, and names each with its figure', () => {
    const map = europeMap(countries, 'en', facets)
    expect(map.title).toBe('Published practices per country')
    expect(map.entries.map((e) => [e.code, e.level, e.text])).toEqual([
      ['BE', heatShades.length - 1, '10'],
      ['NL', heatLevel(3, 10), '3'],
      ['XK', 'none', ''],
    ])
    expect(map.entries.map((e) => e.label)).toEqual(['Belgium: 10 published practices', 'Netherlands: 3 published practices', 'Kosovo: no published practice yet'])
    expect(map.entries[0]!.href).toBe('/en/countries/BE')
  })

  it('has a legend whose ranges cover every count once, in the shade each count gets', () => {
    for (const max of [1, 3, 7, 26]) {
      const legend = europeMap([{ code: 'BE', name: 'Belgium', count: max }], 'en', facets).legend.filter((l) => l.level !== 'none')
      for (let n = 1; n <= max; n++) {
        const holding = legend.filter((l) => {
          const [from, to = from] = l.text.split('–').map(Number)
          return n >= from! && n <= to!
        })
        expect(holding.map((l) => l.level), `${n} of ${max}`).toEqual([heatLevel(n, max)])
      }
    }
  })

  it('shades by the share of a country’s practices with the chosen option, naming the option', () => {
    const map = europeMap(countries, 'en', facets, { choice: { param: 'theme', key: 'lmi' }, withOption: new Map([['BE', 5]]) })
    expect(map.title).toBe('Share of each country’s practices with “Labour-market information” (Themes)')
    expect(map.entries.map((e) => [e.code, e.withOption, e.text, e.level])).toEqual([
      ['BE', 5, '50%', heatLevel(50, 100)],
      ['NL', 0, '0%', 0],
      ['XK', undefined, '', 'none'],
    ])
    expect(map.entries[0]!.label).toBe('Belgium: 50% (5 of 10 practices)')
  })

  it('reads only a known facet option from the URL', () => {
    expect(parseMapChoice('theme.access', facets)).toEqual({ param: 'theme', key: 'access' })
    expect(mapChoiceValue({ param: 'theme', key: 'access' })).toBe('theme.access')
    for (const wrong of ['theme.nope', 'country.BE', 'theme', '', undefined, '<script>.x']) expect(parseMapChoice(wrong, facets)).toBeNull()
    expect(parseMapChoice(['theme.lmi', 'theme.access'], facets)).toEqual({ param: 'theme', key: 'lmi' })
  })
})

describe('gaps in a series', () => {
  it('names the years and school years between the first and last period that have no figure', () => {
    expect(missingPeriods(['2016-17', '2018-19'])).toEqual(['2017-18'])
    expect(missingPeriods(['2014', '2015', '2018'])).toEqual(['2016', '2017'])
    expect(missingPeriods(['2099-00', '2101-02'])).toEqual(['2100-01'])
    expect(missingPeriods(['2016', '2017'])).toEqual([])
    expect(missingPeriods(['Q1 2016', 'Q3 2016'])).toEqual([])
  })
})
