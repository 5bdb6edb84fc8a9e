/** Turning inventory counts into charts: shares, the distribution of stages, the heat map's shading, country codes in URLs. */
import { describe, expect, it } from 'vitest'

import { heatLevel, heatShades } from '@/components/charts/palette'
import { dimensionCharts, shareOf, stageChart, type CoverageEntry } from '@/view-models/countries/coverage-charts'
import { parseCountryCodes } from '@/url-state/countries-query'
import type { Coverage } from '@/data/inventory-coverage'
import { coverageDimensions, NOT_STATED, stageQuestion } from '@/data/inventory-dimensions'

const coverage = (total: number, themes: Record<string, number>, stages: Record<string, number>): Coverage => ({
  total,
  organisations: 0,
  dimensions: coverageDimensions.map((d) => ({
    key: d.key,
    label: d.label.en,
    options: d.options.map((o) => ({ key: o.key, label: o.label.en, count: d.key === 'themes' ? (themes[o.key] ?? 0) : 0 })),
  })),
  stages: [...stageQuestion.options.map((o) => o.key), NOT_STATED].map((key) => ({ key, label: key, count: stages[key] ?? 0 })),
})

const belgium: CoverageEntry = { name: 'Belgium', coverage: coverage(4, { access: 3, quality: 1 }, { developing: 1, notStated: 3 }) }
const netherlands: CoverageEntry = { name: 'Netherlands', coverage: coverage(1, { access: 1 }, { systematising: 1 }) }
const austria: CoverageEntry = { name: 'Austria', coverage: coverage(0, {}, {}) }

describe('coverage charts', () => {
  it('gives one country’s numbers of practices per option, in the framework’s order', () => {
    const [themes] = dimensionCharts([belgium], 'counts', 'en')
    if (!themes || !('chart' in themes)) throw new Error('expected a chart of themes')
    expect(themes.chart.title).toBe('Themes: number of practices')
    expect(themes.chart.series[0]!.data.slice(0, 3).map((d) => d.value)).toEqual([0, 3, 1])
  })

  it('compares countries by shares of their own practices, leaving a country without practices empty', () => {
    const [themes] = dimensionCharts([belgium, netherlands, austria], 'shares', 'en', ['themes'])
    if (!themes || !('chart' in themes)) throw new Error('expected a chart of themes')
    const access = themes.chart.series.map((s) => s.data.find((d) => d.label.startsWith('Access'))!.value)
    expect(access).toEqual([75, 100, null])
    expect(themes.chart.series.map((s) => s.name)).toEqual(['Belgium (4 practices)', 'Netherlands (1 practice)', 'Austria (0 practices)'])
  })

  it('says so instead of charting a dimension no practice states', () => {
    const charts = dimensionCharts([belgium], 'counts', 'en')
    expect(charts.find((c) => c.key === 'barriers')).toEqual({ key: 'barriers', empty: 'Barriers: no practice here states any.' })
  })

  it('shows the stages as a distribution per country, lowest first and “not stated” last, adding up to 100', () => {
    const chart = stageChart([belgium, netherlands], 'Country', 'en')
    expect(chart.series.map((s) => s.name)).toEqual([...stageQuestion.options.map((o) => o.key), NOT_STATED])
    const belgiumShares = chart.series.map((s) => s.data[0]!.value ?? 0)
    expect(belgiumShares).toEqual([0, 25, 0, 0, 75])
    expect(chart.series.reduce((sum, s) => sum + (s.data[1]!.value ?? 0), 0)).toBe(100)
  })

  it('says how many practices leave the stage open where they are at least half, naming the country when several are shown', () => {
    expect(stageChart([belgium], 'Country', 'en').note).toBe('3 of 4 practices leave this question open (not stated).')
    const both = stageChart([belgium, netherlands], 'Country', 'en').note
    expect(both?.startsWith('Belgium: 3 of 4 practices leave this question open')).toBe(true)
    expect(both).not.toContain('Netherlands')
    expect(stageChart([{ name: 'Malta', coverage: coverage(1, {}, { notStated: 1 }) }], 'Country', 'en').note).toBe('The only practice leaves this question open (not stated).')
  })

  it('rounds shares to one decimal', () => {
    expect(shareOf(1, 3)).toBe(33.3)
    expect(shareOf(0, 0)).toBeNull()
  })
})

describe('heat map shading', () => {
  it('keeps zero white and spreads the other counts over the darker shades', () => {
    expect(heatLevel(0, 10)).toBe(0)
    expect(heatLevel(1, 10)).toBe(1)
    expect(heatLevel(10, 10)).toBe(heatShades.length - 1)
    expect(heatLevel(3, 0)).toBe(0)
  })
})

describe('country codes in a URL', () => {
  it('reads codes given with commas or repeated, upper-cased, once each', () => {
    expect(parseCountryCodes(['be,NL', 'be'])).toEqual(['BE', 'NL'])
    expect(parseCountryCodes(undefined)).toEqual([])
  })
})
