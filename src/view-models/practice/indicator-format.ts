/** How indicator values are written, by unit (src/framework/record.ts unitOptions). */
const byUnit: Record<string, Intl.NumberFormatOptions> = {
  percent: { style: 'unit', unit: 'percent' },
  minutes: { style: 'unit', unit: 'minute', unitDisplay: 'long' },
  years: { style: 'unit', unit: 'year', unitDisplay: 'long' },
}

export const numberFormatFor = (unit: string): Intl.NumberFormatOptions => ({ maximumFractionDigits: 2, ...byUnit[unit] })

export const formatIndicatorValue = (value: number, unit: string, locale: string) =>
  new Intl.NumberFormat(locale, numberFormatFor(unit)).format(value)
