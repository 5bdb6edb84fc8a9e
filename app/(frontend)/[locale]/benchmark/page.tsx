import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { SectionCheckboxes } from '@/benchmark/components/SectionCheckboxes'
import { formatDate } from '@/benchmark/components/format'
import { practiceOptions } from '@/benchmark/view-models/practice-options'
import { listAssessments } from '@/benchmark/data/assessments'
import { getBenchmarkInventory, titleOf } from '@/benchmark/data/inventory'
import { requestViewer } from '@/benchmark/data/request-viewer'
import { languageAlternates } from '@/i18n/alternates'
import { translations } from '@/i18n/translations'
import { isLocale } from '@/i18n/locales'
import type { LocalePageProps } from '@/i18n/page-props'

export const dynamic = 'force-dynamic'

type Props = LocalePageProps

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  return { title: translations(locale, 'benchmark').title, alternates: languageAlternates(locale, '/benchmark') }
}

/** Where an assessment starts: the sections to assess and, optionally, the practice whose record pre-fills it. */
export default async function BenchmarkStartPage({ params, searchParams }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const t = translations(locale, 'benchmark')
  const query = await searchParams
  const viewer = await requestViewer()
  const [inventory, assessments] = await Promise.all([getBenchmarkInventory(), listAssessments(viewer)])
  const chosenPractice = typeof query.practice === 'string' ? query.practice : ''
  const titleOfId = (id: number | null) => {
    const practice = id === null ? undefined : inventory.byId.get(id)
    return practice ? titleOf(practice, locale) : null
  }

  return (
    <>
      <h1>{t.title}</h1>
      <p className="lead">{t.intro}</p>
      {viewer.user ? <p>{t.signedInNote({ who: viewer.user.name || viewer.user.email })}</p> : <p className="note">{t.anonymousNote}</p>}
      {assessments.length > 0 && (
        <section aria-labelledby="your-assessments">
          <h2 id="your-assessments">{t.yourAssessments}</h2>
          <ul className="assessment-list">
            {assessments.map((a) => (
              <li key={a.id}>
                <a href={`/${locale}/benchmark/${a.id}`}>{a.name || titleOfId(a.practice) || t.untitled({ date: formatDate(locale, a.updatedAt) })}</a>{' '}
                <span className="meta">
                  {t.lastSaved({ date: formatDate(locale, a.updatedAt) })}
                  {a.sharedWithMe && ` · ${t.sharedWithYou}`}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
      <form method="get" action={`/${locale}/benchmark/new`} className="start-form">
        <SectionCheckboxes locale={locale} chosen={[]} error={query.error === 'sections' ? t.chooseSections : undefined} />
        <p className="field">
          <label htmlFor="practice">{t.practiceLabel}</label>
          <select id="practice" name="practice" defaultValue={chosenPractice} aria-describedby="practice-help">
            <option value="">{t.noPractice}</option>
            {practiceOptions(locale, inventory.practices).map((option) => (
              <option key={option.id} value={option.id}>
                {option.label}
              </option>
            ))}
          </select>
          <span className="hint" id="practice-help">
            {t.practiceHelp}
          </span>
        </p>
        <p className="buttons">
          <button type="submit">{t.startChosen}</button>{' '}
          <button type="submit" name="all" value="1">
            {t.startAll}
          </button>
        </p>
      </form>
    </>
  )
}
