import type { Translations } from '@/i18n/translate'
import type { FormModel } from '@/benchmark/view-models/form-model'

/** The policy-focus stage on its ordered scale, lowest first. */
export function PolicyStageFields({ t, model, value }: { t: Translations<'benchmark'>; model: FormModel; value: string }) {
  return (
    <fieldset className="stage-choices">
      <legend>{t.stageLegend}</legend>
      <ol>
        {model.stages.map((stage, index) => (
          <li key={stage.key}>
            <label>
              <input type="radio" name="policyStage" value={stage.key} defaultChecked={value === stage.key} />{' '}
              <span className="stage-number">{t.stageOf({ n: index + 1, total: model.stages.length })}:</span> {stage.label}
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
