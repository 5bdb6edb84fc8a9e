import { AssessmentForm } from './AssessmentForm'
import { formatDate } from './format'
import { SectionChooser } from './SectionChooser'
import { saveAssessment } from '@/benchmark/actions'
import type { AssessmentDraft } from '@/benchmark/data/draft'
import { titleOf, type InventoryPractice } from '@/benchmark/data/inventory'
import { formModelOf } from '@/benchmark/view-models/form-model-of'
import type { Locale } from '@/framework/types'
import { messagesOf, translations } from '@/i18n/translations'

interface Props {
  locale: Locale
  heading: string
  back: { href: string; label: string }
  draft: AssessmentDraft
  practices: readonly InventoryPractice[]
  /** where the section chooser sends the reader, and the parameters it keeps */
  chooser: { action: string; keep: Record<string, string> }
  /** hidden fields the save action reads (`ref` of the assessment changed, or `from` of the one copied) */
  hidden: Record<string, string>
  signedIn: boolean
}

/** The assessment form with its heading and section chooser: a new assessment and a change to a saved one. */
export function AssessmentEditor({ locale, heading, back, draft, practices, chooser, hidden, signedIn }: Props) {
  const t = translations(locale, 'benchmark')
  return (
    <>
      <p>
        <a href={back.href}>← {back.label}</a>
      </p>
      <h1>{heading}</h1>
      {draft.copyOf && <p className="note">{t.copyNote({ date: formatDate(locale, draft.copyOf.updatedAt) })}</p>}
      {draft.practice && (
        <p className="meta">
          {t.assessing}: {titleOf(draft.practice, locale)}
        </p>
      )}
      {!signedIn && <p className="note">{t.anonymousNote}</p>}
      <SectionChooser locale={locale} action={chooser.action} chosen={draft.values.sections} keep={chooser.keep} />
      <AssessmentForm
        messages={messagesOf(locale, 'benchmark')}
        locale={locale}
        action={saveAssessment}
        hidden={hidden}
        model={formModelOf(locale, draft, practices)}
        initial={draft.values}
      />
    </>
  )
}
