import { StackedBarChart } from '@/components/charts/StackedBarChart'
import { CoverageCharts } from '@/components/countries/CoverageCharts'
import { dimensionCharts, stageChart } from '@/view-models/countries/coverage-charts'
import { Notes } from '@/components/Notes'
import { getCountryComparison } from '@/data/countries'
import { MAX_COUNTRIES, MIN_COUNTRIES, parseCountryCodes } from '@/url-state/countries-query'
import { languageAlternates } from '@/i18n/alternates'
import { translations } from '@/i18n/translations'
import { localeMetadata, localeParams, type LocalePageProps } from '@/i18n/page-props'

export const dynamic = 'force-dynamic'

/** A comparison of known countries is a page of its own, titled by them and canonical with their codes; others are not indexed. */
export const generateMetadata = localeMetadata(async ({ locale }, searchParams) => {
  const t = translations(locale, 'countries')
  const { countries } = await getCountryComparison(parseCountryCodes((await searchParams).countries), locale)
  if (countries.length < MIN_COUNTRIES) return { title: t.compareTitle, alternates: languageAlternates(locale, '/countries/compare'), robots: { index: false } }
  return {
    title: `${t.compareTitle}: ${countries.map((c) => c.country.name).join(' · ')}`,
    description: t.compareIntro,
    alternates: languageAlternates(locale, `/countries/compare?countries=${countries.map((c) => c.country.code).join(',')}`),
  }
})

export default async function CountriesComparePage({ params, searchParams }: LocalePageProps) {
  const { locale } = await localeParams(params)
  const t = translations(locale, 'countries')
  const codes = parseCountryCodes((await searchParams).countries)
  const { countries, unknown, tooMany } = await getCountryComparison(codes, locale)
  const entries = countries.map(({ country, coverage }) => ({ name: country.name, coverage }))
  const empty = countries.filter((c) => c.coverage.total === 0).map((c) => c.country.name)
  const notes = [
    ...(codes.length === 0 ? [t.noneChosen] : []),
    ...unknown.map((code) => t.unknownCountry({ code })),
    ...(tooMany ? [t.tooMany({ max: MAX_COUNTRIES })] : []),
    ...(countries.length === 1 ? [t.onlyOne] : []),
    ...(countries.length >= MIN_COUNTRIES && empty.length > 0 ? [t.withoutPractices({ names: empty.join(', ') })] : []),
  ]
  return (
    <>
      <h1>{t.compareTitle}</h1>
      <p>{t.compareIntro}</p>
      <Notes notes={notes} />
      {countries.length < MIN_COUNTRIES ? (
        <p>
          <a href={`/${locale}/countries`}>{t.chooseCountries}</a>
        </p>
      ) : (
        <>
          <ul className="compared-countries">
            {countries.map(({ country, coverage }) => (
              <li key={country.code}>
                <a href={`/${locale}/countries/${country.code}`}>{country.name}</a>: {t.practicesCount({ n: coverage.total })}
              </li>
            ))}
          </ul>
          <p>{t.shareNote}</p>
          <CoverageCharts charts={dimensionCharts(entries, 'shares', locale)} />
          <StackedBarChart {...stageChart(entries, t.country, locale)} />
        </>
      )}
    </>
  )
}
