import type { Locale } from '@/framework'
import { translations } from '@/i18n/translations'
import type { ChartTexts } from '@/view-models/chart-types'

/** The chart kit's texts, with what an empty cell means in the benchmark's charts. */
export const benchmarkChartTexts = (locale: Locale, noValue: string): ChartTexts => ({ ...translations(locale, 'chart'), noValue })

/** Scores and shares are fractions from 0 to 1, shown as whole percentages. */
export const percentFormat: Intl.NumberFormatOptions = { style: 'percent', maximumFractionDigits: 0 }
