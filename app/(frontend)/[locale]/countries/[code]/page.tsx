import { notFound } from 'next/navigation'

import { StackedBarChart } from '@/components/charts/StackedBarChart'
import { CoverageCharts } from '@/components/countries/CoverageCharts'
import { dimensionCharts, stageChart } from '@/view-models/countries/coverage-charts'
import { HeadlineFigures } from '@/components/home/HeadlineFigures'
import { getCountryProfile } from '@/data/countries'
import { languageAlternates } from '@/i18n/alternates'
import { translations } from '@/i18n/translations'
import { localeMetadata, localeParams, type LocalePageProps } from '@/i18n/page-props'

export const dynamic = 'force-dynamic'

type Props = Pick<LocalePageProps<{ code: string }>, 'params'>

export const generateMetadata = localeMetadata<{ code: string }>(async ({ locale, code }) => {
  const profile = await getCountryProfile(code.toUpperCase(), locale)
  return profile ? { title: profile.country.name, alternates: languageAlternates(locale, `/countries/${profile.country.code}`) } : {}
})

export default async function CountryPage({ params }: Props) {
  const { locale, code } = await localeParams(params)
  const profile = await getCountryProfile(code.toUpperCase(), locale)
  if (!profile) notFound()
  const t = translations(locale, 'countries')
  const { country, coverage, practices } = profile
  const entries = [{ name: country.name, coverage }]
  return (
    <>
      <p>
        <a href={`/${locale}/countries`}>← {t.listTitle}</a>
      </p>
      <h1>{country.name}</h1>
      <p className="lead">{t.profileIntro}</p>
      <h2 className="visually-hidden">{t.keyFigures}</h2>
      <HeadlineFigures
        locale={locale}
        figures={[
          { label: t.practices, value: coverage.total },
          { label: t.organisations, value: coverage.organisations },
        ]}
      />
      <p>
        <a href={`/${locale}/countries`}>{t.compareWith}</a>
      </p>
      <section aria-labelledby="country-practices">
        <h2 id="country-practices">{t.practicesHeading}</h2>
        {practices.length === 0 ? (
          <p>{t.noPractices}</p>
        ) : (
          <>
            <ul className="country-practices">
              {practices.map((item) => (
                <li key={item.slug}>
                  <a href={`/${locale}/practices/${item.slug}`} lang={item.untranslated ? 'en' : undefined}>
                    {item.title}
                  </a>
                  {item.untranslated && <span className="meta"> ({translations(locale, 'common').inEnglish})</span>}
                </li>
              ))}
            </ul>
            <p>
              <a href={`/${locale}/practices?country=${country.code}&sort=title`}>{t.allInCatalogue({ n: coverage.total })}</a>
            </p>
          </>
        )}
      </section>
      {coverage.total > 0 && (
        <section aria-labelledby="country-coverage">
          <h2 id="country-coverage">{t.coverage}</h2>
          <CoverageCharts charts={dimensionCharts(entries, 'counts', locale)} />
          <StackedBarChart {...stageChart(entries, t.country, locale)} />
        </section>
      )}
    </>
  )
}
