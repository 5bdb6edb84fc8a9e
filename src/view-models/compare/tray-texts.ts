/**
 * The strings of the comparison controls (the tray and each "Add to comparison" button), worded on the
 * server: every message that names how many practices are selected is formatted once for each possible count,
 * 0 to MAX_COMPARED, so that the browser receives plain strings and no ICU MessageFormat parser.
 */
import type { Locale } from '@/framework/types'
import { translations } from '@/i18n/translations'
import { MAX_COMPARED } from '@/url-state/compare-query'

export interface CompareTrayTexts {
  addToCompare: string
  compareThis: string
  trayLabel: string
  clear: string
  cleared: string
  /** said when a visitor adds a practice to a full comparison */
  compareFull: string
  /** each indexed by the number of practices selected (0 to MAX_COMPARED) */
  traySelected: readonly string[]
  compareSelected: readonly string[]
  compareAdded: readonly string[]
  compareRemoved: readonly string[]
}

const made = new Map<Locale, CompareTrayTexts>()

/** The comparison controls' strings in one language; the same object for every control of a page. */
export function compareTrayTexts(locale: Locale): CompareTrayTexts {
  let texts = made.get(locale)
  if (texts) return texts
  const t = translations(locale, 'compareTray')
  const counts = Array.from({ length: MAX_COMPARED + 1 }, (_, n) => n)
  const max = MAX_COMPARED
  texts = {
    addToCompare: t.addToCompare,
    compareThis: t.compareThis,
    trayLabel: t.trayLabel,
    clear: t.clear,
    cleared: t.cleared,
    compareFull: t.compareFull({ max }),
    traySelected: counts.map((n) => t.traySelected({ n, max })),
    compareSelected: counts.map((n) => t.compareSelected({ n })),
    compareAdded: counts.map((n) => t.compareAdded({ n, max })),
    compareRemoved: counts.map((n) => t.compareRemoved({ n, max })),
  }
  made.set(locale, texts)
  return texts
}
