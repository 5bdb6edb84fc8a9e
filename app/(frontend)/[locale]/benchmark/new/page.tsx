import { notFound, redirect } from 'next/navigation'

import { parseAssessmentRef } from '@/benchmark/assessment-ref'
import { AssessmentEditor } from '@/benchmark/components/AssessmentEditor'
import { newAssessmentDraft } from '@/benchmark/data/draft'
import { getBenchmarkInventory } from '@/benchmark/data/inventory'
import { requestViewer } from '@/benchmark/data/request-viewer'
import { translations } from '@/i18n/translations'
import { sectionsOf, single } from '@/benchmark/search-params'
import { localeMetadata, localeParams, privateLinkMetadata, type LocalePageProps } from '@/i18n/page-props'

export const dynamic = 'force-dynamic'

// The address may hold a private link (`from`).
export const generateMetadata = localeMetadata(({ locale }) => privateLinkMetadata(translations(locale, 'benchmark').newTitle))

/** A new assessment: empty, pre-filled from a practice's record, or a copy of an earlier one (`from`). */
export default async function NewAssessmentPage({ params, searchParams }: LocalePageProps) {
  const { locale } = await localeParams(params)
  const t = translations(locale, 'benchmark')
  const query = await searchParams
  const from = single(query, 'from')
  const copyOf = from === null ? null : parseAssessmentRef(from)
  if (from !== null && copyOf === null) notFound()
  const practiceParam = single(query, 'practice')
  const practiceId = practiceParam !== null && /^\d+$/.test(practiceParam) ? Number(practiceParam) : null
  const sections = sectionsOf(query)
  if (copyOf === null && sections.length === 0) {
    redirect(`/${locale}/benchmark?error=sections${practiceId === null ? '' : `&practice=${practiceId}`}#sections-error`)
  }

  const viewer = await requestViewer()
  const [draft, inventory] = await Promise.all([newAssessmentDraft(viewer, { sections, practiceId, copyOf }), getBenchmarkInventory()])
  if (!draft) notFound()
  const keep: Record<string, string> = { ...(from !== null && { from }), ...(draft.practice && { practice: String(draft.practice.id) }) }
  return (
    <AssessmentEditor
      locale={locale}
      heading={t.newTitle}
      back={{ href: `/${locale}/benchmark`, label: t.backToStart }}
      draft={draft}
      practices={inventory.practices}
      chooser={{ action: `/${locale}/benchmark/new`, keep }}
      hidden={from === null ? {} : { from }}
      signedIn={viewer.user !== null}
    />
  )
}
