import type { Locale, Option } from '../../framework/types'

/** The label of option `key` in `locale`; the key itself when the option is unknown. */
export const optionLabelIn = (options: readonly Option[], key: string | null | undefined, locale: Locale) =>
  options.find((o) => o.key === key)?.label[locale] ?? key ?? ''
