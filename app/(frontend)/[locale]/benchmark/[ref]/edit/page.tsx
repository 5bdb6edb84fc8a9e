import { notFound } from 'next/navigation'

import { refSegment } from '@/benchmark/assessment-ref'
import { AssessmentEditor } from '@/benchmark/components/AssessmentEditor'
import { editAssessmentDraft } from '@/benchmark/data/draft'
import { getBenchmarkInventory } from '@/benchmark/data/inventory'
import { requestViewer } from '@/benchmark/data/request-viewer'
import { translations } from '@/i18n/translations'
import { sectionsOf } from '@/benchmark/search-params'
import { localeMetadata, privateLinkMetadata } from '@/i18n/page-props'
import { assessmentPageParams, type AssessmentPageProps } from '@/benchmark/assessment-page-params'

export const dynamic = 'force-dynamic'

export const generateMetadata = localeMetadata(({ locale }) => privateLinkMetadata(translations(locale, 'benchmark').editTitle))

/** Changing a saved assessment's answers and targets (and, through the section chooser, which sections it covers). */
export default async function EditAssessmentPage({ params, searchParams }: AssessmentPageProps) {
  const { locale, ref } = await assessmentPageParams(params)
  const t = translations(locale, 'benchmark')
  const requested = sectionsOf(await searchParams)
  const viewer = await requestViewer()
  const [draft, inventory] = await Promise.all([editAssessmentDraft(viewer, ref, requested.length > 0 ? requested : null), getBenchmarkInventory()])
  if (!draft) notFound()
  const path = `/${locale}/benchmark/${refSegment(ref)}`
  return (
    <AssessmentEditor
      locale={locale}
      heading={t.editTitle}
      back={{ href: path, label: draft.values.name || t.title }}
      draft={draft}
      practices={inventory.practices}
      chooser={{ action: `${path}/edit`, keep: {} }}
      hidden={{ ref: refSegment(ref) }}
      signedIn={viewer.user !== null}
    />
  )
}
