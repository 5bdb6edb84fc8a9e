import { translations } from '@/i18n/translations'
import { citationText, versionPath, type CitedVersion } from '@/view-models/history/citation'

/**
 * The text with a line-break opportunity after each "/": a phone wraps the stable address between its path segments,
 * not inside the practice's slug. Copying the text copies no extra character.
 */
const breakableAfterSlashes = (text: string) =>
  text.split('/').flatMap((part, i, parts) => (i < parts.length - 1 ? [`${part}/`, <wbr key={i} />] : [part]))

/** "Cite this record": the version's citation as text to copy, and as BibTeX and RIS files. */
export function CiteThisRecord({ cited }: { cited: CitedVersion }) {
  const t = translations(cited.locale, 'citation')
  const files = versionPath(cited.locale, cited.slug, cited.n)
  return (
    <section aria-labelledby="cite" className="citation">
      <h2 id="cite">{t.heading}</h2>
      <p>{t.intro}</p>
      <p className="citation-text">{breakableAfterSlashes(citationText(cited))}</p>
      <p>
        {t.downloads}:{' '}
        <a href={`${files}/cite.bib`} download>
          {t.bibtex}
        </a>
        {' · '}
        <a href={`${files}/cite.ris`} download>
          {t.ris}
        </a>
      </p>
    </section>
  )
}
