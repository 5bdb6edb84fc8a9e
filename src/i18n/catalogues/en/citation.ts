/** "Cite this record": a version's citation as text and as BibTeX and RIS files. */
export const citation = {
  heading: 'Cite this record',
  intro: 'This version keeps its address. Cite it as:',
  text: '{authors}{title}, version {n} of {date}. Guidance Atlas. {url}',
  downloads: 'Download the citation',
  bibtex: 'BibTeX (.bib)',
  ris: 'RIS (.ris)',
  version: 'Version {n} of {date}',
  noSuchVersion: 'There is no published version {n} of a practice at this address.',
} as const
