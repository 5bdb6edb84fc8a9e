import { metricLabel, type MetricVocabulary } from '@/framework/metric-vocabulary'
import type { Locale } from '@/framework/types'
import type { Translations } from '@/i18n/translate'
import { translations } from '@/i18n/translations'
import type { Practice } from '@/payload-types'
import { sourceNames, type Source } from './source-names'

/** What the parts of the practice page need to know besides their own value. */
export interface Reading {
  locale: Locale
  t: Translations<'practice'>
  /**
   * 'en' when the localized text at `path` (see src/data/untranslated-texts.ts) is shown as the English
   * fallback, for its `lang` attribute; undefined when it is in the page's language.
   */
  langOf: (path: string) => 'en' | undefined
  /** whether the text at `key`, or some text in the rows of the array `key`, is shown as the English fallback */
  fallbackIn: (key: string) => boolean
  sources: readonly Source[]
  /** the short name to cite a source by its key */
  sourceName: (key: string) => string
  /** a metric's name in the page's language, from the metrics vocabulary */
  metricName: (key: string) => string
}

export function readingOf(locale: Locale, practice: Practice, untranslated: ReadonlySet<string>, metrics: MetricVocabulary): Reading {
  const names = sourceNames(practice.sources ?? [])
  return {
    locale,
    t: translations(locale, 'practice'),
    langOf: (path) => (untranslated.has(path) ? 'en' : undefined),
    fallbackIn: (key) => untranslated.has(key) || [...untranslated].some((path) => path.startsWith(`${key}.`)),
    sources: practice.sources ?? [],
    sourceName: (key) => names.get(key) ?? key,
    metricName: (key) => metricLabel(metrics, key, locale),
  }
}
