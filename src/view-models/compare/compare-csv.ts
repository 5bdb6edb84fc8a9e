/**
 * The comparison as CSV (RFC 4180, UTF-8 with a byte-order mark so that spreadsheets read the accents):
 * a line per row of the comparison. Cells that a spreadsheet would run as a formula are prefixed with an
 * apostrophe (OWASP, CSV injection).
 */
import type { ComparedPractice } from '@/data/compare'
import type { Translations } from '@/i18n/translate'
import { cellText } from './cell-text'
import type { CompareSection } from './compare-rows'

const formulaStart = /^[=+\-@\t\r]/

export function csvField(value: string): string {
  const safe = formulaStart.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

export function comparisonCsv(sections: readonly CompareSection[], practices: readonly ComparedPractice[], t: Translations<'compare'>): string {
  const header = [t.csvSection, t.csvElement, t.csvOption, ...practices.map((p) => `${p.practice.title} (${p.practice.slug})`), t.csvAgreement]
  const lines = sections.flatMap((section) =>
    section.elements.flatMap((element) =>
      element.rows.map((row) => [
        section.title,
        element.label,
        element.matrix ? row.label : '',
        ...row.cells.map((cell) => cellText(cell, t)),
        row.same ? t.same : t.differs,
      ]),
    ),
  )
  return `\uFEFF${[header, ...lines].map((line) => line.map(csvField).join(',')).join('\r\n')}\r\n`
}
