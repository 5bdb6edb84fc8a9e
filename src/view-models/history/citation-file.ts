import { citationBibtex, citationFileName, citationRis, type CitedVersion } from './citation'

/** The two citation files a version offers, with their media types (RIS as registered with reference managers). */
const formats = {
  bib: { type: 'application/x-bibtex; charset=utf-8', write: citationBibtex },
  ris: { type: 'application/x-research-info-systems; charset=utf-8', write: citationRis },
} as const

export type CitationFormat = keyof typeof formats

/** The format a file name `cite.bib` or `cite.ris` asks for, or null. */
export const citationFormatOf = (file: string): CitationFormat | null => (file === 'cite.bib' ? 'bib' : file === 'cite.ris' ? 'ris' : null)

/**
 * A version's citation as a file to download, or a 404 whose text (`missing`, in the address's language) says that
 * the address names no published version or format.
 */
export function citationFile(cited: CitedVersion | null, format: CitationFormat | null, missing: string): Response {
  if (!cited || !format) return new Response(`${missing}\n`, { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' } })
  const { type, write } = formats[format]
  return new Response(write(cited), {
    headers: {
      'content-type': type,
      'content-disposition': `attachment; filename="${citationFileName(cited)}.${format}"`,
      // A version never changes; its citation may be kept.
      'cache-control': 'public, max-age=3600',
    },
  })
}
