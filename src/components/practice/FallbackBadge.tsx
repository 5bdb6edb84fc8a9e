import type { Reading } from '@/view-models/practice/reading'

/** Marks a text (or a block of texts) shown in English because it is not translated into the page's language. */
export function FallbackBadge({ shown, t }: { shown: boolean; t: Reading['t'] }) {
  return shown ? <span className="lang-badge">{t.inEnglish}</span> : null
}
