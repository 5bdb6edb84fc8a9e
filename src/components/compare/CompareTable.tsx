import type { Locale } from '@/framework/types'
import type { Translations } from '@/i18n/translate'
import { ScrollTable } from '@/components/ScrollTable'
import { AgreementMark } from './AgreementMark'
import { CompareCell } from './CompareCell'
import { countryName, type ComparedPractice, type CompareElement, type CompareRow, type CompareSection } from '@/view-models/compare/compare-rows'

interface Props {
  practices: readonly ComparedPractice[]
  sections: readonly CompareSection[]
  locale: Locale
  t: Translations<'compare'>
  /** the comparison's address without each practice, aligned with `practices` */
  removeHrefs: readonly string[]
}

const practiceHref = (locale: Locale, p: ComparedPractice) => `/${locale}/practices/${p.practice.slug}`

/** The practices in columns and the framework's elements in rows, grouped by section, each row marked same or different. */
export function CompareTable({ practices, sections, locale, t, removeHrefs }: Props) {
  const caption = t.caption({ n: practices.length })
  const columns = practices.length + 1
  const rowView = (section: CompareSection, row: CompareRow, element?: CompareElement) => (
    <tr key={row.key} className={row.same ? 'row-same' : 'row-differs'}>
      <th scope="row">
        {element && <span className="visually-hidden">{element.label}: </span>}
        {row.label} <AgreementMark same={row.same} t={t} />
      </th>
      {row.cells.map((cell, i) => (
        <td key={practices[i]!.practice.slug}>
          <CompareCell cell={cell} t={t} more={`${practiceHref(locale, practices[i]!)}#section-${section.key}`} />
        </td>
      ))}
    </tr>
  )
  const practiceHeading = (p: ComparedPractice, i: number) => ({
    label: (
      <>
        <a href={practiceHref(locale, p)} lang={p.untranslated.has('title') ? 'en' : undefined}>
          {p.practice.title}
        </a>
        <span className="meta">{countryName(p.practice.country)}</span>
        <a className="compare-remove" href={removeHrefs[i]} aria-label={t.removeFrom({ title: p.practice.title })}>
          <span aria-hidden="true">✕</span> {t.remove}
        </a>
      </>
    ),
  })
  return (
    <ScrollTable caption={caption} className="compare-table" columns={[t.element, ...practices.map(practiceHeading)]}>
      {sections.map((section) => (
        <tbody key={section.key}>
          <tr className="compare-section">
            <th scope="rowgroup" colSpan={columns} id={`compare-${section.key}`}>
              {section.title}
            </th>
          </tr>
          {section.elements.flatMap((element) =>
            element.matrix
              ? [
                  <tr key={element.key} className="compare-element">
                    <th scope="row" colSpan={columns}>
                      {element.label} <AgreementMark same={element.rows.every((r) => r.same)} t={t} />
                    </th>
                  </tr>,
                  ...element.rows.map((row) => rowView(section, row, element)),
                ]
              : element.rows.map((row) => rowView(section, row)),
          )}
        </tbody>
      ))}
    </ScrollTable>
  )
}
