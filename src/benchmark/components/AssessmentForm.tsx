'use client'

import { useActionState, useState, type FormEvent } from 'react'

import type { Locale } from '@/framework'
import { NAME_MAX_LENGTH } from '@/benchmark/answer-limits'
import { answeredCount, formValuesFromForm, initialSaveState, type FormValues, type SaveState } from '@/benchmark/form-input'
import type { Messages } from '@/i18n/catalogues/catalogue'
import { translate } from '@/i18n/translate'
import { AnswerProgress } from './AnswerProgress'
import { ElementFields } from './ElementFields'
import { ErrorSummary } from './ErrorSummary'
import type { FormModel } from '@/benchmark/view-models/form-model'
import { PeerFields } from './PeerFields'
import { PolicyStageFields } from './PolicyStageFields'

interface Props {
  locale: Locale
  /** the benchmark's strings, in the page's language only */
  messages: Messages<'benchmark'>
  action: (state: SaveState, form: FormData) => Promise<SaveState>
  /** fields that tell the action which assessment this is: `ref` (changing one) or `from` (copying one) */
  hidden: Record<string, string>
  model: FormModel
  initial: FormValues
}

/**
 * The self-assessment form. A plain form posting to a server action: it works
 * without JavaScript (Next renders the action's answer into the page), and with
 * it the progress count follows each answer. When a save fails, the values sent
 * are shown again with the reasons.
 */
export function AssessmentForm({ locale, messages, action, hidden, model, initial }: Props) {
  const t = translate<'benchmark'>(locale, messages)
  const [state, formAction, pending] = useActionState(action, initialSaveState)
  const values = state.values ?? initial
  const elementKeys = model.sections.flatMap((s) => s.elements.map((e) => e.key))
  // Counted from the fields as they change; after a failed save, from the values sent.
  const [counted, setCounted] = useState<{ attempt: number; answered: number } | null>(null)
  const answered = counted?.attempt === state.attempt ? counted.answered : answeredCount(values, elementKeys)
  const recount = (event: FormEvent<HTMLFormElement>) =>
    setCounted({ attempt: state.attempt, answered: answeredCount(formValuesFromForm(new FormData(event.currentTarget)).values, elementKeys) })

  return (
    <form action={formAction} onChange={recount} className="assessment-form" aria-busy={pending}>
      <ErrorSummary heading={t.errorsHeading} errors={state.errors} attempt={state.attempt} />
      <input type="hidden" name="locale" value={locale} />
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {values.sections.map((section) => (
        <input key={section} type="hidden" name="sections" value={section} />
      ))}
      {values.practice && <input type="hidden" name="practice" value={values.practice} />}
      <AnswerProgress t={t} answered={answered} total={elementKeys.length} />
      {/* Remounted after a failed save, so that the fields show the values that were sent. */}
      <div key={state.attempt}>
        <p className="field">
          <label htmlFor="assessment-name">{t.nameLabel}</label>
          <input id="assessment-name" name="name" type="text" maxLength={NAME_MAX_LENGTH} defaultValue={values.name} aria-describedby="assessment-name-help" />
          <span className="hint" id="assessment-name-help">
            {t.nameHelp}
          </span>
        </p>
        <PeerFields t={t} model={model} chosen={values.peers} />
        <PolicyStageFields t={t} model={model} value={values.policyStage} />
        {model.sections.map((section) => (
          <section key={section.key} aria-labelledby={`section-${section.key}`} className="assessment-section">
            <h2 id={`section-${section.key}`}>{section.title}</h2>
            {section.elements.map((element) => (
              <ElementFields
                key={element.key}
                t={t}
                element={element}
                practiceTitle={model.practiceTitle}
                states={model.states}
                targets={model.targets}
                value={values.answers[element.key] ?? {}}
              />
            ))}
          </section>
        ))}
      </div>
      <AnswerProgress t={t} answered={answered} total={elementKeys.length} />
      <p>
        <button type="submit">{t.save}</button>
      </p>
    </form>
  )
}
