import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { parseAssessmentRef, refSegment } from '@/benchmark/assessment-ref'
import { AssessmentForm } from '@/benchmark/components/AssessmentForm'
import { formModelOf } from '@/benchmark/view-models/form-model-of'
import { SectionChooser } from '@/benchmark/components/SectionChooser'
import { editAssessmentDraft } from '@/benchmark/data/draft'
import { getBenchmarkInventory, titleOf } from '@/benchmark/data/inventory'
import { requestViewer } from '@/benchmark/data/request-viewer'
import { messagesOf, translations } from '@/i18n/translations'
import { isLocale } from '@/i18n/locales'
import { saveAssessment } from '@/benchmark/actions'
import { sectionsOf } from '@/benchmark/search-params'
import type { LocalePageProps } from '@/i18n/page-props'

export const dynamic = 'force-dynamic'

type Props = LocalePageProps<{ ref: string }>

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  // The address may be a private link: keep it out of search engines and of Referer headers to other sites.
  return { title: translations(locale, 'benchmark').editTitle, robots: { index: false }, referrer: 'same-origin' }
}

/** Changing a saved assessment's answers and targets (and, through the section chooser, which sections it covers). */
export default async function EditAssessmentPage({ params, searchParams }: Props) {
  const { locale, ref: segment } = await params
  if (!isLocale(locale)) notFound()
  const ref = parseAssessmentRef(segment)
  if (!ref) notFound()
  const t = translations(locale, 'benchmark')
  const requested = sectionsOf(await searchParams)
  const viewer = await requestViewer()
  const [draft, inventory] = await Promise.all([editAssessmentDraft(viewer, ref, requested.length > 0 ? requested : null), getBenchmarkInventory()])
  if (!draft) notFound()
  const path = `/${locale}/benchmark/${refSegment(ref)}`

  return (
    <>
      <p>
        <a href={path}>← {draft.values.name || t.title}</a>
      </p>
      <h1>{t.editTitle}</h1>
      {draft.practice && (
        <p className="meta">
          {t.assessing}: {titleOf(draft.practice, locale)}
        </p>
      )}
      <SectionChooser locale={locale} action={`${path}/edit`} chosen={draft.values.sections} keep={{}} />
      <AssessmentForm
        messages={messagesOf(locale, 'benchmark')}
        locale={locale}
        action={saveAssessment}
        hidden={{ ref: refSegment(ref) }}
        model={formModelOf(locale, draft, inventory.practices)}
        initial={draft.values}
      />
    </>
  )
}
