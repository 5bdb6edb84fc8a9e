import type { Locale } from '../../framework'
import { policyStageQuestion } from '../../benchmark/policy-stage'
import { benchmarkMessagesFor } from '../../i18n/benchmark-messages'

/** The four policy-focus stages in order, marking where this assessment (and the previous one) puts the practice. */
export function StageScale({ locale, stage, previousStage }: { locale: Locale; stage?: string; previousStage?: string }) {
  const t = benchmarkMessagesFor(locale)
  const options = policyStageQuestion.options
  return (
    <>
      {stage === undefined && <p>{t.notAssessed}</p>}
    <ol className="stage-scale">
      {options.map((option, index) => (
        <li key={option.key} className={option.key === stage ? 'current' : undefined} aria-current={option.key === stage ? 'step' : undefined}>
          <span className="stage-number">{t.stageOf(index + 1, options.length)}</span> {option.label[locale]}
          {option.key === stage && <strong className="stage-marker"> · {t.stageNow}</strong>}
          {previousStage !== undefined && option.key === previousStage && <span className="stage-marker"> · {t.stageBefore}</span>}
        </li>
      ))}
    </ol>
    </>
  )
}
