import { TimeSeriesChart } from '@/components/charts/TimeSeriesChart'
import { compareHref } from '@/components/compare/compare-list'
import { CompareListSync } from '@/components/compare/CompareListSync'
import { comparisonSections, differencesOnly } from '@/view-models/compare/compare-rows'
import { CompareTable } from '@/components/compare/CompareTable'
import { comparisonNotes } from '@/view-models/compare/comparison-notes'
import { comparedMetricCharts } from '@/view-models/compare/metric-charts'
import { Notes } from '@/components/Notes'
import { getComparedPractices } from '@/data/compare'
import { getMetricVocabulary } from '@/data/metrics'
import { comparedSlugs, compareSearch, MAX_COMPARED, MIN_COMPARED, parseCompareQuery } from '@/url-state/compare-query'
import { anonymousViewer } from '@/data/viewer'
import { languageAlternates } from '@/i18n/alternates'
import { translations } from '@/i18n/translations'
import { localeMetadata, localeParams, type LocalePageProps } from '@/i18n/page-props'

export const dynamic = 'force-dynamic'

/**
 * A comparison of known practices is a page of its own: titled by the practices, described by what it
 * compares, canonical with their list. An empty or broken comparison is not indexed.
 */
export const generateMetadata = localeMetadata(async ({ locale }, searchParams) => {
  const t = translations(locale, 'compare')
  const asked = comparedSlugs(parseCompareQuery(await searchParams))
  const { practices, missing } = await getComparedPractices(anonymousViewer, asked, locale)
  if (practices.length < MIN_COMPARED) return { title: t.title, alternates: languageAlternates(locale, '/compare'), robots: { index: false } }
  const titles = practices.map((p) => p.practice.title)
  return {
    title: `${t.title}: ${titles.join(' · ')}`,
    description: `${t.caption({ n: practices.length })}: ${titles.join('; ')}.`,
    alternates: languageAlternates(locale, `/compare${compareSearch(asked.filter((slug) => !missing.includes(slug)), false)}`),
  }
})

export default async function ComparePage({ params, searchParams }: LocalePageProps) {
  const { locale } = await localeParams(params)
  const t = translations(locale, 'compare')
  const query = parseCompareQuery(await searchParams)
  const asked = comparedSlugs(query)
  const compared = await getComparedPractices(anonymousViewer, asked, locale)
  const { practices } = compared
  const notes = comparisonNotes(query, compared, t)
  // The practices found, in the order asked for.
  const slugs = asked.filter((slug) => !compared.missing.includes(slug))
  const catalogue = `/${locale}/practices`

  if (practices.length < MIN_COMPARED) {
    return (
      <>
        <h1>{t.title}</h1>
        <Notes notes={notes} />
        {practices.length === 1 && (
          <p>
            {t.chosen}: <a href={`${catalogue}/${slugs[0]}`}>{practices[0]!.practice.title}</a>
          </p>
        )}
        <p>{t.chooseIntro}</p>
        <p>
          <a href={catalogue}>{t.addMore}</a>
        </p>
      </>
    )
  }

  const metrics = await getMetricVocabulary(anonymousViewer)
  const all = comparisonSections(practices, t.recordSection, locale, metrics)
  const sections = query.diffOnly ? differencesOnly(all) : all
  const charts = comparedMetricCharts(practices, locale, metrics)
  return (
    <>
      <h1>{t.title}</h1>
      <p>{t.intro}</p>
      <Notes notes={notes} />
      <div className="compare-tools">
        <nav aria-label={t.rows}>
          <ul>
            <li>
              <a href={compareHref(locale, slugs)} aria-current={query.diffOnly ? undefined : 'true'}>
                {t.allRows}
              </a>
            </li>
            <li>
              <a href={compareHref(locale, slugs, true)} aria-current={query.diffOnly ? 'true' : undefined}>
                {t.onlyDifferences}
              </a>
            </li>
          </ul>
        </nav>
        <a href={`/${locale}/compare/export.csv${compareSearch(slugs, query.diffOnly)}`} download>
          {t.download}
        </a>
        {practices.length < MAX_COMPARED && <a href={catalogue}>{t.addMore}</a>}
      </div>
      {sections.length === 0 ? (
        <p className="note">{t.noDifferences}</p>
      ) : (
        <CompareTable
          practices={practices}
          sections={sections}
          locale={locale}
          t={t}
          removeHrefs={slugs.map((slug) => compareHref(locale, slugs.filter((s) => s !== slug), query.diffOnly))}
        />
      )}
      <section aria-labelledby="compare-figures" className="compare-figures">
        <h2 id="compare-figures">{t.figures}</h2>
        {charts.length === 0 ? (
          <p>{t.noFigures}</p>
        ) : (
          <>
            <p>{t.figuresIntro}</p>
            {charts.map((chart) => (
              <TimeSeriesChart key={chart.title} {...chart} />
            ))}
          </>
        )}
      </section>
      <CompareListSync slugs={slugs} />
    </>
  )
}
