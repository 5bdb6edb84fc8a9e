import { translations } from '@/i18n/translations'
import { citationText, versionPath, type CitedVersion } from '@/view-models/history/citation'

/** "Cite this record": the version's citation as text to copy, and as BibTeX and RIS files. */
export function CiteThisRecord({ cited }: { cited: CitedVersion }) {
  const t = translations(cited.locale, 'citation')
  const files = versionPath(cited.locale, cited.slug, cited.n)
  return (
    <section aria-labelledby="cite" className="citation">
      <h2 id="cite">{t.heading}</h2>
      <p>{t.intro}</p>
      <p className="citation-text">{citationText(cited)}</p>
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
