import type { Locale } from '../../framework'
import { benchmarkMessagesFor } from '../../i18n/benchmark-messages'

/** How far the assessment has come: a progress bar and its count in words. */
export function AnswerProgress({ locale, answered, total }: { locale: Locale; answered: number; total: number }) {
  const t = benchmarkMessagesFor(locale)
  const text = t.progress(answered, total)
  return (
    <div className="answer-progress">
      <progress value={answered} max={Math.max(total, 1)} aria-label={t.progressLabel} aria-valuetext={text} />
      <span>{text}</span>
    </div>
  )
}
