import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { TableScroll } from '@/components/TableScroll'
import { CountryMap } from '@/components/map/CountryMap'
import { getCountryList } from '@/data/countries'
import { languageAlternates } from '@/i18n/alternates'
import { translations } from '@/i18n/translations'
import { isLocale } from '@/i18n/locales'
import type { LocalePageProps } from '@/i18n/page-props'

export const dynamic = 'force-dynamic'

type Props = LocalePageProps

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  return { title: translations(locale, 'countries').listTitle, alternates: languageAlternates(locale, '/countries') }
}

export default async function CountriesPage({ params, searchParams }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const t = translations(locale, 'countries')
  const [countries, { map: mapParam }] = await Promise.all([getCountryList(locale), searchParams])
  return (
    <>
      <h1>{t.listTitle}</h1>
      <p>{t.listIntro}</p>
      <CountryMap locale={locale} mapParam={mapParam} action={`/${locale}/countries`} />
      <form method="get" action={`/${locale}/countries/compare`} className="country-list">
        <p>{t.compareHint}</p>
        <TableScroll label={t.listCaption}>
          <table>
            <caption>{t.listCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{t.select}</th>
                <th scope="col">{t.country}</th>
                <th scope="col" className="number">
                  {t.practices}
                </th>
              </tr>
            </thead>
            <tbody>
              {countries.map((country) => (
                <tr key={country.code}>
                  <td>
                    <input type="checkbox" name="countries" value={country.code} id={`select-${country.code}`} />
                    <label htmlFor={`select-${country.code}`} className="visually-hidden">
                      {t.selectCountry({ name: country.name })}
                    </label>
                  </td>
                  <th scope="row">
                    <a href={`/${locale}/countries/${country.code}`}>{country.name}</a>
                  </th>
                  <td className="number">{country.count.toLocaleString(locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
        <button type="submit">{t.compareSelected}</button>
      </form>
    </>
  )
}
