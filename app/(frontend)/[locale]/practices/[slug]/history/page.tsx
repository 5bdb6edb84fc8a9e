import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { DifferenceTables } from '@/components/history/DifferenceTables'
import { VersionList } from '@/components/history/VersionList'
import { getMetricVocabulary } from '@/data/metrics'
import { practiceHistory, versionsToCompare } from '@/data/practice-history'
import { anonymousViewer } from '@/data/viewer'
import type { Locale } from '@/framework/types'
import { languageAlternates } from '@/i18n/alternates'
import { isLocale } from '@/i18n/locales'
import { translations } from '@/i18n/translations'
import { parseHistoryQuery } from '@/url-state/history-query'
import { formatDay } from '@/view-models/practice/record-values'
import { practiceDifference } from '@/view-models/review/practice-difference'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ locale: string; slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { locale, slug } = await params
  if (!isLocale(locale)) return {}
  const history = await practiceHistory(anonymousViewer, slug, locale, parseHistoryQuery(await searchParams).page)
  if (!history) return {}
  return { title: translations(locale, 'history').title({ title: history.title }), alternates: languageAlternates(locale, `/practices/${history.slug}/history`) }
}

/** The difference between the two versions the form asked for, or null when it asked for none; 404 for a version that does not exist. */
async function Difference({ locale, slug, compared }: { locale: Locale; slug: string; compared: { older: number; newer: number } }) {
  const t = translations(locale, 'history')
  if (compared.older === compared.newer) return <p role="status">{t.sameVersion}</p>
  const versions = await versionsToCompare(anonymousViewer, slug, compared)
  if (!versions) notFound()
  const { older, newer } = versions
  const difference = practiceDifference(newer.version, older.version, locale, await getMetricVocabulary(anonymousViewer))
  const column = (v: typeof older) => t.columnVersion({ n: v.n, date: formatDay(v.publishedAt, locale) })
  return (
    <section aria-labelledby="difference">
      <h2 id="difference">{t.differenceHeading({ older: older.n, newer: newer.n })}</h2>
      <p role="status">{t.changedFields({ n: difference.changedFields })}</p>
      <DifferenceTables difference={difference} locale={locale} columns={{ before: column(older), after: column(newer) }} level={3} />
    </section>
  )
}

/** /{locale}/practices/{slug}/history: the practice's published versions, and what changed between any two (a plain GET form). */
export default async function HistoryPage({ params, searchParams }: Props) {
  const { locale, slug } = await params
  if (!isLocale(locale)) notFound()
  const query = parseHistoryQuery(await searchParams)
  const history = await practiceHistory(anonymousViewer, slug, locale, query.page)
  if (!history || history.total === 0 || query.page > history.pages) notFound()
  const t = translations(locale, 'history')
  const chosen = query.compared ?? { older: Math.max(1, history.total - 1), newer: history.total }
  const numbers = Array.from({ length: history.total }, (_, i) => history.total - i)
  const choice = (name: 'older' | 'newer', selected: number) => (
    <p>
      <label htmlFor={`history-${name}`}>{t[name]}</label>{' '}
      <select id={`history-${name}`} name={name} defaultValue={String(selected)}>
        {numbers.map((n) => (
          <option key={n} value={n}>
            {t.versionN({ n })}
          </option>
        ))}
      </select>
    </p>
  )
  return (
    <article className="history">
      <p>
        <a href={`/${locale}/practices/${history.slug}`}>← {history.title}</a>
      </p>
      <h1>{t.title({ title: history.title })}</h1>
      <p>{t.intro}</p>
      <VersionList locale={locale} history={history} />
      <section aria-labelledby="compare-versions">
        <h2 id="compare-versions">{t.compareHeading}</h2>
        <form method="get" action={`/${locale}/practices/${history.slug}/history`} className="history-form">
          {query.page > 1 && <input type="hidden" name="page" value={query.page} />}
          {choice('older', chosen.older)}
          {choice('newer', chosen.newer)}
          <p>
            <button type="submit">{t.show}</button>
          </p>
        </form>
      </section>
      {query.compared && <Difference locale={locale} slug={history.slug} compared={query.compared} />}
    </article>
  )
}
