import type { Catalogue } from '../catalogue'

export const citation: Catalogue['citation'] = {
  heading: 'Diesen Eintrag zitieren',
  intro: 'Diese Version behält ihre Adresse. Zitieren Sie sie so:',
  text: '{authors}{title}, Version {n} vom {date}. Guidance Atlas. {url}',
  downloads: 'Die Quellenangabe herunterladen',
  bibtex: 'BibTeX (.bib)',
  ris: 'RIS (.ris)',
  version: 'Version {n} vom {date}',
  noSuchVersion: 'Unter dieser Adresse gibt es keine veröffentlichte Version {n} eines Praxisbeispiels.',
}
