import type { Locale } from '@/framework'
import { policyStageQuestion } from '@/benchmark/policy-stage'
import { translations } from '@/i18n/translations'

/** The four policy-focus stages in order, marking where this assessment (and the previous one) puts the practice. */
export function StageScale({ locale, stage, previousStage }: { locale: Locale; stage?: string; previousStage?: string }) {
  const t = translations(locale, 'benchmark')
  const options = policyStageQuestion.options
  return (
    <>
      {stage === undefined && <p>{t.notAssessed}</p>}
    <ol className="stage-scale">
      {options.map((option, index) => (
        <li key={option.key} className={option.key === stage ? 'current' : undefined} aria-current={option.key === stage ? 'step' : undefined}>
          <span className="stage-number">{t.stageOf({ n: index + 1, total: options.length })}</span> {option.label[locale]}
          {option.key === stage && <strong className="stage-marker"> · {t.thisAssessment}</strong>}
          {previousStage !== undefined && option.key === previousStage && <span className="stage-marker"> · {t.previousScore}</span>}
        </li>
      ))}
    </ol>
    </>
  )
}
