import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { parseAssessmentRef, refSegment } from '@/benchmark/assessment-ref'
import { AssessmentEditor } from '@/benchmark/components/AssessmentEditor'
import { editAssessmentDraft } from '@/benchmark/data/draft'
import { getBenchmarkInventory } from '@/benchmark/data/inventory'
import { requestViewer } from '@/benchmark/data/request-viewer'
import { translations } from '@/i18n/translations'
import { isLocale } from '@/i18n/locales'
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
