import type { Locale } from '../../framework'
import { benchmarkMessagesFor } from '../../i18n/benchmark-messages'
import type { FormModel } from './form-model'

/** The policy-focus stage on its ordered scale, lowest first. */
export function PolicyStageFields({ locale, model, value }: { locale: Locale; model: FormModel; value: string }) {
  const t = benchmarkMessagesFor(locale)
  return (
    <fieldset className="stage-choices">
      <legend>{t.stageLegend}</legend>
      <ol>
        {model.stages.map((stage, index) => (
          <li key={stage.key}>
            <label>
              <input type="radio" name="policyStage" value={stage.key} defaultChecked={value === stage.key} />{' '}
              <span className="stage-number">{t.stageOf(index + 1, model.stages.length)}:</span> {stage.label}
            </label>
          </li>
        ))}
      </ol>
      <label>
        <input type="radio" name="policyStage" value="" defaultChecked={value === ''} /> {t.notAssessed}
      </label>
    </fieldset>
  )
}
