import { TableScroll } from '@/components/TableScroll'
import { heatShades } from '@/components/charts/palette'
import type { Locale } from '@/framework/types'
import { translations } from '@/i18n/translations'
import { mapChoiceValue, type EuropeMapModel, type MapChoice, type MapFacet } from '@/view-models/countries/europe-map'
import { europeGeometry } from './europe-geometry'
import { CONTEXT_SHAPE_ID, europeShapes } from './europe-shapes'

interface Props {
  model: EuropeMapModel
  facets: readonly MapFacet[]
  choice?: MapChoice
  /** the page the form reloads, such as /en/countries */
  action: string
  locale: Locale
}

/** A country without published practices, and one outside the inventory's list: both grey, told apart by shade. */
const noPracticesFill = '#9aa3ad'
const outsideFill = '#eceff2'

const fillOf = (level: number | 'none') => (level === 'none' ? noPracticesFill : heatShades[level]!.background)

/**
 * The map of Europe, drawn on the server as SVG: each country of the inventory's list a link to its profile,
 * shaded by its figure and named by it, its shape taken from the cached shapes document (europe-shapes.ts); the form that chooses what the map shows works without JavaScript;
 * the figures again as a table.
 */
export function EuropeMap({ model, facets, choice, action, locale }: Props) {
  const t = translations(locale, 'map')
  const chart = translations(locale, 'chart')
  const { width, height, shapes } = europeGeometry()
  const { href: shapesHref } = europeShapes()
  const drawn = model.entries.filter((e) => shapes.get(e.code)?.d || shapes.get(e.code)?.marker)
  const missing = model.entries.filter((e) => !drawn.includes(e))
  return (
    <figure className="chart europe-map" id="map" aria-labelledby="map-title">
      <figcaption>
        <span className="chart-title" id="map-title">
          {model.title}
        </span>
      </figcaption>
      <form method="get" action={`${action}#map`} className="map-form">
        <label htmlFor="map-by">{t.colourBy}</label>
        <select id="map-by" name="map" defaultValue={choice ? mapChoiceValue(choice) : ''}>
          <option value="">{t.countOption}</option>
          {facets.map((facet) => (
            <optgroup key={facet.param} label={facet.label}>
              {facet.options.map((option) => (
                <option key={option.value} value={mapChoiceValue({ param: facet.param, key: option.value })}>
                  {t.shareOption({ option: option.label })}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
        <button type="submit">{t.show}</button>
      </form>
      <p className="chart-note">{t.hint}</p>
      <svg viewBox={`0 0 ${width} ${height}`} className="map-plot" role="group" aria-labelledby="map-title">
        <use href={`${shapesHref}#${CONTEXT_SHAPE_ID}`} fill={outsideFill} stroke="#ffffff" strokeWidth={0.6} aria-hidden="true" />
        {drawn.map((entry) => {
          const shape = shapes.get(entry.code)!
          return (
            <a key={entry.code} href={entry.href} aria-label={entry.label} className={`map-country map-level-${entry.level}`} data-code={entry.code}>
              <title>{entry.label}</title>
              {shape.d && <use href={`${shapesHref}#${entry.code}`} fill={fillOf(entry.level)} />}
              {shape.marker && <circle cx={shape.marker.x} cy={shape.marker.y} r={5} fill={fillOf(entry.level)} />}
            </a>
          )
        })}
      </svg>
      <ul className="map-legend" aria-label={t.legend}>
        {model.legend.map((item) => (
          <li key={item.level}>
            <span className="map-swatch" style={{ background: fillOf(item.level) }} aria-hidden="true" />
            {item.text}
          </li>
        ))}
        <li>
          <span className="map-swatch" style={{ background: outsideFill }} aria-hidden="true" />
          {t.legendOutside}
        </li>
      </ul>
      {missing.length > 0 && <p className="chart-note">{t.noShape({ names: missing.map((e) => e.name).join(', ') })}</p>}
      <details className="chart-table">
        <summary>{chart.showTable}</summary>
        <TableScroll label={model.title}>
          <table className="map-table">
            <caption>{model.title}</caption>
            <thead>
              <tr>
                <th scope="col">{translations(locale, 'common').country}</th>
                <th scope="col" className="number">
                  {t.practices}
                </th>
                {model.option && (
                  <>
                    <th scope="col" className="number">
                      {t.withOption}
                    </th>
                    <th scope="col" className="number">
                      {t.share}
                    </th>
                  </>
                )}
              </tr>
            </thead>
            <tbody>
              {model.entries.map((entry) => (
                <tr key={entry.code} data-code={entry.code}>
                  <th scope="row">
                    <a href={entry.href}>{entry.name}</a>
                  </th>
                  <td className="number">{entry.count.toLocaleString(locale)}</td>
                  {model.option && (
                    <>
                      <td className="number">{entry.withOption?.toLocaleString(locale) ?? ''}</td>
                      <td className="number">{entry.text}</td>
                    </>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </details>
    </figure>
  )
}
