import { TableHead } from '@/components/TableHead'
import { TableScroll } from '@/components/TableScroll'
import { CountryMap } from '@/components/map/CountryMap'
import { getCountryList } from '@/data/countries'
import { translations } from '@/i18n/translations'
import { localeParams, titledPageMetadata, type LocalePageProps } from '@/i18n/page-props'

export const dynamic = 'force-dynamic'

export const generateMetadata = titledPageMetadata((locale) => translations(locale, 'countries').listTitle, '/countries')

export default async function CountriesPage({ params, searchParams }: LocalePageProps) {
  const { locale } = await localeParams(params)
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
            <TableHead columns={[t.select, t.country, { label: t.practices, numeric: true }]} />
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
