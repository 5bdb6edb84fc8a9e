import type { Locale } from './locales'

/** Whether the language keeps a noun's capital inside a sentence (German does; the others lower-case it). */
const capitalisesNouns: Record<Locale, boolean> = { en: false, nl: false, fr: false, de: true }

/** A label (e.g. "Theme") as it reads inside a sentence: "by theme", but "nach Thema". */
export const labelInSentence = (locale: Locale, label: string): string => (capitalisesNouns[locale] ? label : label.toLowerCase())
