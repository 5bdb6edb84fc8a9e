import { OptionalChoices } from '@/components/OptionalChoices'
import type { AnswerPart } from '@/benchmark/form-input'
import { answerFieldName } from '@/benchmark/form-input'
import { NOTE_MAX_LENGTH } from '@/benchmark/answer-limits'
import type { Translations } from '@/i18n/translate'
import type { FormElement, FormModel } from '@/benchmark/view-models/form-model'

interface Props {
  t: Translations<'benchmark'>
  element: FormElement
  practiceTitle: string | null
  states: FormModel['states']
  targets: FormModel['targets']
  value: Partial<Record<AnswerPart, string>>
}

/** One good-policy element: where the practice stands, the evidence, and a target with its date. */
export function ElementFields({ t, element, practiceTitle, states, targets, value }: Props) {
  const id = (part: AnswerPart) => `${element.key}-${part}`
  const name = (part: AnswerPart) => answerFieldName(element.key, part)
  const verdictId = `${element.key}-record`
  const verdict =
    element.verdict === null || practiceTitle === null ? null : element.verdict ? t.recordMeets({ title: practiceTitle }) : t.recordLacks({ title: practiceTitle })
  return (
    <fieldset className="element" aria-describedby={verdict ? verdictId : undefined}>
      <legend>{element.label}</legend>
      {verdict && (
        <p className="record-verdict" id={verdictId}>
          {verdict}
          {element.prefilled && <strong> {t.prefilled}</strong>}
        </p>
      )}
      <div className="state-choices">
        {[...states, { key: '', label: t.notAssessed }].map((state) => (
          <label key={state.key || 'none'}>
            <input type="radio" name={name('state')} value={state.key} defaultChecked={(value.state ?? '') === state.key} /> {state.label}
          </label>
        ))}
      </div>
      <div className="element-details">
        <label htmlFor={id('note')}>{t.noteLabel}</label>
        <textarea id={id('note')} name={name('note')} maxLength={NOTE_MAX_LENGTH} rows={2} defaultValue={value.note ?? ''} aria-describedby={`${id('note')}-help`} />
        <p className="hint" id={`${id('note')}-help`}>
          {t.noteHelp({ max: NOTE_MAX_LENGTH })}
        </p>
        <div className="target-row">
          <span>
            <label htmlFor={id('targetState')}>{t.targetLabel}</label>{' '}
            <select id={id('targetState')} name={name('targetState')} defaultValue={value.targetState ?? ''}>
              <OptionalChoices none={t.noTarget} choices={targets.map(({ key, label }) => ({ value: key, label }))} />
            </select>
          </span>
          <span>
            <label htmlFor={id('targetDate')}>{t.targetDateLabel}</label>{' '}
            <input id={id('targetDate')} type="date" name={name('targetDate')} defaultValue={value.targetDate ?? ''} />
          </span>
        </div>
      </div>
    </fieldset>
  )
}
