import { describe, expect, it } from 'vitest'

import { groupIndicators, type IndicatorFigure } from '@/view-models/practice/indicator-groups'

let nextId = 0
const figure = (f: Partial<IndicatorFigure> & Pick<IndicatorFigure, 'metric' | 'period' | 'value' | 'source'>): IndicatorFigure => ({
  id: String(++nextId),
  unit: 'count',
  dimension: null,
  category: null,
  label: null,
  ...f,
})
const theme = (category: string, value: number, source = 'annual-review-2016') =>
  figure({ metric: 'contacts', period: '2016', value, dimension: 'theme', category, source, label: 'Contacts by theme' })

describe('groupIndicators', () => {
  it('makes a time series of a metric without breakdown, oldest period first, whichever source reports each period', () => {
    const [series] = groupIndicators([
      figure({ metric: 'chats', period: '2018-19', value: 5465, source: 'practice-record', label: 'Total chats registered' }),
      figure({ metric: 'chats', period: '2016-17', value: 3136, source: 'euroguidance-brochure', label: 'Total chats' }),
    ])
    expect(series).toMatchObject({ kind: 'series', metric: 'chats', unit: 'count', conflict: false, sharedLabel: null })
    expect(series!.rows.map((r) => [r.label, r.cells.map((c) => c?.value)])).toEqual([
      ['2016-17', [3136]],
      ['2018-19', [5465]],
    ])
    expect(series!.columns).toEqual([{ key: 'all', source: null, label: null }])
    expect(series!.sources).toEqual(['practice-record', 'euroguidance-brochure'])
  })

  it('makes one breakdown per metric, period and dimension, categories in entry order', () => {
    const groups = groupIndicators([
      figure({ metric: 'contacts', period: '2016', value: 1173, source: 'annual-review-2016' }),
      theme('Social safety', 357),
      theme('Bullying', 344),
      figure({ metric: 'contacts', period: '2016', value: 513, dimension: 'questionType', category: 'Incidents', source: 'annual-review-2016' }),
      theme('Laws and regulations', 213),
      theme('Confidential counselling', 119),
    ])
    expect(groups.map((g) => [g.kind, g.dimension, g.rows.length])).toEqual([
      ['series', null, 1],
      ['breakdown', 'theme', 4],
      ['breakdown', 'questionType', 1],
    ])
    const byTheme = groups[1]!
    expect(byTheme.rows.map((r) => [r.label, r.cells[0]?.value])).toEqual([
      ['Social safety', 357],
      ['Bullying', 344],
      ['Laws and regulations', 213],
      ['Confidential counselling', 119],
    ])
    expect(byTheme).toMatchObject({ period: '2016', sharedLabel: 'Contacts by theme', conflict: false })
  })

  it('keeps other periods and units apart', () => {
    const groups = groupIndicators([
      theme('Bullying', 344),
      figure({ metric: 'contacts', period: '2017', value: 400, dimension: 'theme', category: 'Bullying', source: 'annual-review-2016' }),
      figure({ metric: 'contacts', period: '2016', value: 29, unit: 'percent', dimension: 'theme', category: 'Bullying', source: 'annual-review-2016' }),
    ])
    expect(groups).toHaveLength(3)
  })

  it('shows conflicting figures side by side, one column per source, never merged or averaged', () => {
    const [byTheme] = groupIndicators([
      theme('Social safety', 357, 'annual-review-2016'),
      theme('Bullying', 344, 'annual-review-2016'),
      theme('Social safety', 360, 'newsletter'),
      theme('Bullying', 344, 'newsletter'),
    ])
    expect(byTheme!.conflict).toBe(true)
    expect(byTheme!.columns.map((c) => c.source)).toEqual(['annual-review-2016', 'newsletter'])
    expect(byTheme!.rows.map((r) => [r.label, r.cells.map((c) => c?.value)])).toEqual([
      ['Social safety', [357, 360]],
      ['Bullying', [344, 344]],
    ])
  })

  it('leaves a cell empty where a source does not report a period', () => {
    const [series] = groupIndicators([
      figure({ metric: 'chats', period: '2016-17', value: 3136, source: 'brochure' }),
      figure({ metric: 'chats', period: '2018-19', value: 5465, source: 'record' }),
      figure({ metric: 'chats', period: '2018-19', value: 5400, source: 'brochure' }),
    ])
    expect(series!.conflict).toBe(true)
    expect(series!.rows.map((r) => r.cells.map((c) => c?.value ?? null))).toEqual([
      [3136, null],
      [5400, 5465],
    ])
  })

  it('tells apart several figures of one source for the same row by their label, without calling it a conflict', () => {
    const [staff] = groupIndicators([
      figure({ metric: 'staff', period: '2016-17', value: 20, source: 'brochure', label: 'Employees investing part of their hours' }),
      figure({ metric: 'staff', period: '2016-17', value: 3, source: 'brochure', label: 'Staff available simultaneously' }),
    ])
    expect(staff!.conflict).toBe(false)
    expect(staff!.columns.map((c) => c.label)).toEqual(['Employees investing part of their hours', 'Staff available simultaneously'])
    expect(staff!.rows[0]!.cells.map((c) => c?.value)).toEqual([20, 3])
  })

  it('shows agreeing sources in one column and keeps both figures', () => {
    const [series] = groupIndicators([
      figure({ metric: 'contacts', period: '2016', value: 1173, source: 'annual-review-2016' }),
      figure({ metric: 'contacts', period: '2016', value: 1173, source: 'newsletter' }),
    ])
    expect(series!.conflict).toBe(false)
    expect(series!.columns).toHaveLength(1)
    expect(series!.rows[0]!.figures.map((f) => f.source)).toEqual(['annual-review-2016', 'newsletter'])
  })
})
