import { useMemo } from 'react'

/** A number formatter for the locale; options are compared by value, so callers may pass object literals. */
export function useNumberFormat(locale: string, options: Intl.NumberFormatOptions = {}): (value: number) => string {
  const optionsKey = JSON.stringify(options)
  return useMemo(() => {
    const format = new Intl.NumberFormat(locale, { maximumFractionDigits: 2, ...(JSON.parse(optionsKey) as Intl.NumberFormatOptions) })
    return (value: number) => format.format(value)
  }, [locale, optionsKey])
}
