/**
 * "Cite this record": one published version of a practice as a citation: a line of text in the page's language,
 * and BibTeX and RIS records for reference managers. The organisations behind the practice are its authors
 * (corporate authors, never persons); Guidance Atlas is the publisher; the stable version URL is the address.
 */
import type { Locale } from '@/framework/types'
import { translations } from '@/i18n/translations'
import type { Practice } from '@/payload-types'
import { formatDay, organisationNames } from '@/view-models/practice/record-values'

export interface CitedVersion {
  slug: string
  title: string
  /** the organisations that created and run the practice, in the record's order */
  organisations: readonly string[]
  /** the version's ordinal among the practice's published versions */
  n: number
  /** when the version was published (ISO) */
  publishedAt: string
  /** the version's stable address */
  url: string
  locale: Locale
}

/** The address of published version `n` of a practice: it shows that version for good. */
export const versionPath = (locale: Locale, slug: string, n: number) => `/${locale}/practices/${slug}/v/${n}`

/** What a version's citation states, from the version as read in `locale` (its organisations populated). */
export function citedVersion(version: { practice: Practice & { slug: string }; n: number; publishedAt: string }, locale: Locale, origin: string): CitedVersion {
  const { practice } = version
  const organisations = [...new Set([...organisationNames(practice.originators), ...organisationNames(practice.operators)])]
  const url = `${origin.replace(/\/$/, '')}${versionPath(locale, practice.slug, version.n)}`
  return { slug: practice.slug, title: practice.title, organisations, n: version.n, publishedAt: version.publishedAt, url, locale }
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim()

/** The citation as a line of text in the page's language. */
export function citationText(cited: CitedVersion): string {
  const authors = cited.organisations.length > 0 ? `${cited.organisations.map(oneLine).join('; ')}: ` : ''
  return translations(cited.locale, 'citation').text({ authors, title: oneLine(cited.title), n: cited.n, date: formatDay(cited.publishedAt, cited.locale), url: cited.url })
}

/** The file name of a version's citation, without its extension. */
export const citationFileName = (cited: Pick<CitedVersion, 'slug' | 'n'>) => `guidance-atlas-${cited.slug}-v${cited.n}`

// In BibTeX these characters are commands or delimiters; braced, a name with "and" stays one corporate author.
const bibtexEscapes: Record<string, string> = { '\\': '\\textbackslash{}', '{': '\\{', '}': '\\}', '%': '\\%', '&': '\\&', $: '\\$', '#': '\\#', _: '\\_', '^': '\\^{}', '~': '\\~{}' }
const bibtexText = (text: string) => oneLine(text).replace(/[\\{}%&$#_^~]/g, (c) => bibtexEscapes[c])

/** The citation as a BibTeX `@misc` entry (UTF-8, as biber and current BibTeX read it). */
export function citationBibtex(cited: CitedVersion): string {
  const date = cited.publishedAt.slice(0, 10)
  const fields: [string, string][] = [
    ['title', `{${bibtexText(cited.title)}}`],
    ...(cited.organisations.length > 0 ? [['author', cited.organisations.map((o) => `{${bibtexText(o)}}`).join(' and ')] as [string, string]] : []),
    ['publisher', 'Guidance Atlas'],
    ['howpublished', 'Guidance Atlas'],
    ['version', String(cited.n)],
    ['date', date],
    ['year', date.slice(0, 4)],
    ['url', cited.url],
    ['language', cited.locale],
  ]
  const key = citationFileName(cited).replace(/[^A-Za-z0-9-]/g, '-')
  return `@misc{${key},\n${fields.map(([name, value]) => `  ${name} = {${value}}`).join(',\n')}\n}\n`
}

/** The citation as an RIS record (tags as EndNote, Zotero and Mendeley read them; CRLF line ends). */
export function citationRis(cited: CitedVersion): string {
  const date = cited.publishedAt.slice(0, 10)
  const lines: [string, string][] = [
    ['TY', 'ELEC'],
    ['TI', oneLine(cited.title)],
    ...cited.organisations.map((o): [string, string] => ['AU', oneLine(o)]),
    ['PB', 'Guidance Atlas'],
    ['ET', translations(cited.locale, 'citation').version({ n: cited.n, date: formatDay(cited.publishedAt, cited.locale) })],
    ['PY', date.slice(0, 4)],
    ['DA', date.replaceAll('-', '/')],
    ['UR', cited.url],
    ['LA', cited.locale],
    ['ER', ''],
  ]
  return lines.map(([tag, value]) => `${tag}  - ${value}`).join('\r\n') + '\r\n'
}
