import type { Catalogue } from '../catalogue'

export const citation: Catalogue['citation'] = {
  heading: 'Dit record citeren',
  intro: 'Deze versie houdt haar adres. Citeer haar als:',
  text: '{authors}{title}, versie {n} van {date}. Guidance Atlas. {url}',
  downloads: 'De bronvermelding downloaden',
  bibtex: 'BibTeX (.bib)',
  ris: 'RIS (.ris)',
  version: 'Versie {n} van {date}',
  noSuchVersion: 'Er is geen gepubliceerde versie {n} van een praktijk op dit adres.',
}
