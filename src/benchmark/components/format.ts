import type { Locale } from '@/framework'

/** A score or share from 0 to 1 as a whole percentage, e.g. 0.5 → "50%" (locale-dependent). */
export const formatPercent = (locale: Locale, fraction: number) =>
  new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(fraction)

/** A change in score, with its sign: +12%, −5%, ±0%. */
export const formatChange = (locale: Locale, change: number) =>
  new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0, signDisplay: 'exceptZero' }).format(change)

/** An ISO date or timestamp as a date in words, e.g. 5 May 2026. */
export const formatDate = (locale: Locale, iso: string) =>
  new Date(iso.length === 10 ? `${iso}T12:00:00Z` : iso).toLocaleDateString(locale, { dateStyle: 'long', timeZone: 'UTC' })
