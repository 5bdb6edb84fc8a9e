import { IntlMessageFormat } from 'intl-messageformat'

import type { Locale } from './locales'
import type { EnglishMessages, Messages, Namespace } from './catalogues/catalogue'

/** The values of a message's arguments: `{n, plural, …}` and `{max, number}` take numbers, `{title}` text. */
export type MessageValues = Readonly<Record<string, string | number>>

/** A message with arguments (an ICU MessageFormat string) becomes a function of their values; others stay strings. */
export type Translated<T> = {
  readonly [K in keyof T]: T[K] extends `${string}{${string}` ? (values: MessageValues) => string : T[K] extends string ? string : Translated<T[K]>
}

/** Only strings with arguments are parsed as ICU MessageFormat; the others are shown as they are written. */
export const isMessageWithArguments = (text: string): boolean => text.includes('{')

const compiled = new Map<string, IntlMessageFormat>()

function formatter(locale: Locale, message: string): IntlMessageFormat {
  const key = `${locale}\u0000${message}`
  let format = compiled.get(key)
  if (!format) {
    // No rich-text tags in our messages: '<' is a literal character, as in "<section>.<criterion>".
    format = new IntlMessageFormat(message, locale, undefined, { ignoreTag: true })
    compiled.set(key, format)
  }
  return format
}

function translated(locale: Locale, messages: object): object {
  return Object.fromEntries(
    Object.entries(messages).map(([key, value]) => {
      if (typeof value !== 'string') return [key, translated(locale, value as object)]
      if (!isMessageWithArguments(value)) return [key, value]
      return [key, (values: MessageValues) => String(formatter(locale, value).format(values))]
    }),
  )
}

/** One namespace's messages in one language, ready to use. */
export type Translations<N extends Namespace> = Translated<EnglishMessages<N>>

/** Each messages object's translations per locale, made once: an import checks every cell with them. */
const made = new WeakMap<object, Map<Locale, object>>()

/**
 * One namespace's messages, ready to use: `t.title`, `t.results({ n: 3 })`. Server code gets them from
 * `translations()` (translations.ts); a client component receives its namespace's strings as a prop and calls this.
 */
export function translate<N extends Namespace>(locale: Locale, messages: Messages<N>): Translations<N> {
  let byLocale = made.get(messages as object)
  if (!byLocale) made.set(messages as object, (byLocale = new Map()))
  let result = byLocale.get(locale)
  if (!result) byLocale.set(locale, (result = translated(locale, messages as object)))
  return result as Translations<N>
}
