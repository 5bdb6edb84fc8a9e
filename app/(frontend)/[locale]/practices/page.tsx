import { ApplyInPlace } from '@/components/catalogue/ApplyInPlace'
import { FiltersDisclosure } from '@/components/catalogue/FiltersDisclosure'
import { Pagination } from '@/components/Pagination'
import { AddToCompare } from '@/components/compare/AddToCompare'
import { CompareTray } from '@/components/compare/CompareTray'
import { getCatalogue } from '@/data/catalogue'
import { catalogueSearch, parseCatalogueQuery, sorts, type CatalogueQuery } from '@/url-state/catalogue-query'
import { translations } from '@/i18n/translations'
import { localeParams, titledPageMetadata, type LocalePageProps } from '@/i18n/page-props'
import { compareTrayTexts } from '@/view-models/compare/tray-texts'

export const dynamic = 'force-dynamic'

export const generateMetadata = titledPageMetadata((locale) => translations(locale, 'catalogue').title, '/practices')

export default async function CataloguePage({ params, searchParams }: LocalePageProps) {
  const { locale } = await localeParams(params)
  const t = translations(locale, 'catalogue')
  const query = parseCatalogueQuery(await searchParams)
  const result = await getCatalogue(query, locale)
  const base = `/${locale}/practices`
  const href = (change: Partial<CatalogueQuery>) => `${base}${catalogueSearch(query, { page: 1, ...change })}`
  const withoutFilter = (param: string, value: string) =>
    href({ filters: { ...query.filters, [param]: (query.filters[param] ?? []).filter((v) => v !== value) } })
  const active = result.facets.flatMap((facet) =>
    facet.options.filter((o) => o.selected).map((o) => ({ label: `${facet.label}: ${o.label}`, href: withoutFilter(facet.param, o.value) })),
  )
  const filters = catalogueSearch({ ...query, page: 1 }).slice(1)
  const exportSearch = `?locale=${locale}${filters ? `&${filters}` : ''}`
  const loosen = [...(query.q ? [{ label: t.theSearch({ q: query.q }), href: href({ q: '' }) }] : []), ...active]

  return (
    <>
      <h1>{t.title}</h1>
      <p>{t.intro}</p>
      <form method="get" action={base} className="catalogue">
        <ApplyInPlace />
        <div role="search" className="search-row">
          <label htmlFor="q">{t.searchLabel}</label>
          <input id="q" name="q" type="search" defaultValue={query.q} />
          <button type="submit">{t.searchButton}</button>
        </div>
        <div className="catalogue-layout">
          <FiltersDisclosure summary={t.filtersCount({ n: active.length })}>
            {result.facets
              .filter((facet) => facet.options.length > 0)
              .map((facet) => (
                <fieldset key={facet.param}>
                  <legend>{facet.label}</legend>
                  <ul>
                    {facet.options.map((option) => (
                      <li key={option.value}>
                        <label>
                          <input type="checkbox" name={facet.param} value={option.value} defaultChecked={option.selected} /> {option.label}{' '}
                          <span className="count">({option.count.toLocaleString(locale)})</span>
                        </label>
                      </li>
                    ))}
                  </ul>
                </fieldset>
              ))}
            <button type="submit">{t.apply}</button>
          </FiltersDisclosure>
          <section aria-labelledby="results-heading" className="results">
            <div className="results-bar">
              <h2 id="results-heading">{t.results({ n: result.total })}</h2>
              <label>
                {t.sortLabel}{' '}
                <select name="sort" defaultValue={query.sort}>
                  {sorts
                    .filter((s) => s !== 'relevance' || query.q)
                    .map((s) => (
                      <option key={s} value={s}>
                        {t.sorts[s]}
                      </option>
                    ))}
                </select>
              </label>{' '}
              <button type="submit">{t.sortButton}</button>
            </div>
            <p role="status" className="visually-hidden">
              {t.results({ n: result.total })}
            </p>
            <p className="exports">
              {t.download}: <a href={`/api/open-data/practices.csv${exportSearch}`}>CSV</a> · <a href={`/api/open-data/practices.json${exportSearch}`}>JSON</a>
            </p>
            {active.length > 0 && (
              <nav aria-label={t.activeFilters}>
                <ul className="chips">
                  {active.map((a) => (
                    <li key={a.href}>
                      <a href={a.href} aria-label={t.remove({ what: a.label })}>
                        {a.label} ✕
                      </a>
                    </li>
                  ))}
                  <li>
                    <a href={`${base}${query.q ? catalogueSearch({ ...query, filters: {}, page: 1 }) : ''}`}>{t.clearAll}</a>
                  </li>
                </ul>
              </nav>
            )}
            {result.items.length === 0 ? (
              <div className="note">
                <p>{t.noResults}</p>
                {loosen.length > 0 && (
                  <>
                    <p>{t.loosen}</p>
                    <ul>
                      {loosen.map((l) => (
                        <li key={l.href}>
                          <a href={l.href}>{t.remove({ what: l.label })}</a>
                        </li>
                      ))}
                    </ul>
                  </>
                )}
              </div>
            ) : (
              <ol className="result-list" start={(result.page - 1) * 20 + 1}>
                {result.items.map((item) => (
                  <li key={item.slug}>
                    <h3>
                      <a href={`/${locale}/practices/${item.slug}`} lang={item.untranslated ? 'en' : undefined}>
                        {item.title}
                      </a>
                    </h3>
                    <p className="meta">
                      {item.country.name} · {t.updated} {new Date(item.updatedAt).toLocaleDateString(locale, { dateStyle: 'medium' })}
                      {item.untranslated && ` · ${t.inEnglish}`}
                    </p>
                    {item.summary && <p lang={item.untranslated ? 'en' : undefined}>{item.summary}</p>}
                    <AddToCompare locale={locale} texts={compareTrayTexts(locale)} slug={item.slug} title={item.title} fallback={false} />
                  </li>
                ))}
              </ol>
            )}
            <Pagination label={t.pagination} texts={t} page={result.page} pages={result.pageCount} href={(page) => href({ page })} />
          </section>
        </div>
      </form>
      <CompareTray locale={locale} texts={compareTrayTexts(locale)} />
    </>
  )
}
