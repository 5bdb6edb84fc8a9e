import { HeatmapTable } from '@/components/charts/HeatmapTable'
import { StackedBarChart } from '@/components/charts/StackedBarChart'
import { CoverageCharts } from '@/components/countries/CoverageCharts'
import { dimensionCharts, stageChart } from '@/view-models/countries/coverage-charts'
import { HeadlineFigures } from '@/components/home/HeadlineFigures'
import { CountryMap } from '@/components/map/CountryMap'
import { getInventoryStats } from '@/data/inventory-stats'
import { getHomePractices } from '@/data/home-practices'
import { languageAlternates } from '@/i18n/alternates'
import { translations } from '@/i18n/translations'
import { localeMetadata, localeParams, type LocalePageProps } from '@/i18n/page-props'

// Content changes whenever a reviewer publishes; render per request.
export const dynamic = 'force-dynamic'

export const generateMetadata = localeMetadata(({ locale }) => ({ alternates: languageAlternates(locale, '') }))

export default async function HomePage({ params, searchParams }: LocalePageProps) {
  const { locale } = await localeParams(params)
  const t = translations(locale, 'site')
  const home = translations(locale, 'home')
  const [{ items, total }, stats, { map: mapParam }] = await Promise.all([getHomePractices(locale), getInventoryStats(locale), searchParams])
  const { coverage } = stats
  const whole = [{ name: home.allPublished, coverage }]
  return (
    <>
      <h1>{t.siteName}</h1>
      <p className="lead">{t.tagline}</p>
      <section aria-labelledby="figures-heading">
        <h2 id="figures-heading">{home.figuresHeading}</h2>
        <HeadlineFigures
          locale={locale}
          figures={[
            { label: home.practices, value: coverage.total },
            { label: home.countries, value: stats.countries.length },
            { label: home.organisations, value: coverage.organisations },
          ]}
        />
        {coverage.total > 0 && (
          <div className="home-charts">
            <CountryMap locale={locale} mapParam={mapParam} action={`/${locale}`} />
            <p>
              <a href={`/${locale}/countries`}>{home.allCountries}</a>
            </p>
            <CoverageCharts charts={dimensionCharts(whole, 'counts', locale, ['themes'])} />
            <HeatmapTable
              id="audience-ict"
              title={home.heatmapTitle}
              corner={home.heatmapCorner}
              note={home.heatmapNote}
              rows={stats.audienceByIctFunction.rows}
              columns={stats.audienceByIctFunction.columns}
              cells={stats.audienceByIctFunction.cells}
              locale={locale}
            />
            <StackedBarChart {...stageChart(whole, translations(locale, 'countries').practices, locale)} />
          </div>
        )}
      </section>
      <section aria-labelledby="practices-heading">
        <h2 id="practices-heading">{home.practicesHeading}</h2>
        <p>{home.practicesCount({ n: total })}</p>
        {items.length === 0 ? (
          <p>{home.noPractices}</p>
        ) : (
          <ul className="cards">
            {items.map((item) => (
              <li key={item.slug} className="card">
                <h3>
                  <a href={`/${locale}/practices/${item.slug}`}>{item.title}</a>
                </h3>
                <p className="meta">{[item.country.name, item.region].filter(Boolean).join(' · ')}</p>
                {item.summary && <p>{item.summary}</p>}
              </li>
            ))}
          </ul>
        )}
        <p>
          <a href={`/${locale}/practices`}>{home.allPractices}</a>
        </p>
      </section>
    </>
  )
}
