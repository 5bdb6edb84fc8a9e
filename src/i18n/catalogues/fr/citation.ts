import type { Catalogue } from '../catalogue'

export const citation: Catalogue['citation'] = {
  heading: 'Citer cette fiche',
  intro: 'Cette version garde son adresse. Citez-la ainsi :',
  text: '{authors}{title}, version {n} du {date}. Guidance Atlas. {url}',
  downloads: 'Télécharger la référence',
  bibtex: 'BibTeX (.bib)',
  ris: 'RIS (.ris)',
  version: 'Version {n} du {date}',
  noSuchVersion: 'Il n’y a pas de version publiée {n} d’une pratique à cette adresse.',
}
