import type { Translations } from '@/i18n/translate'

/** How far the assessment has come: a progress bar and its count in words. */
export function AnswerProgress({ t, answered, total }: { t: Translations<'benchmark'>; answered: number; total: number }) {
  const text = t.progress({ answered, total })
  return (
    <div className="answer-progress">
      <progress value={answered} max={Math.max(total, 1)} aria-label={t.progressLabel} aria-valuetext={text} />
      <span>{text}</span>
    </div>
  )
}
