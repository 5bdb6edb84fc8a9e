import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { TableScroll } from '@/components/TableScroll'
import { getCountryList } from '@/data/countries'
import { languageAlternates } from '@/i18n/alternates'
import { translations } from '@/i18n/translations'
import { isLocale } from '@/i18n/locales'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  return { title: translations(locale, 'countries').listTitle, alternates: languageAlternates(locale, '/countries') }
}

export default async function CountriesPage({ params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const t = translations(locale, 'countries')
  const countries = await getCountryList(locale)
  return (
    <>
      <h1>{t.listTitle}</h1>
      <p>{t.listIntro}</p>
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
