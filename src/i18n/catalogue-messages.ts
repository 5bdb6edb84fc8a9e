import type { Sort } from '../data/catalogue-query'
import type { Locale } from './locales'

/** Interface strings of the catalogue page. */
const en = {
  title: 'Practices',
  intro: 'Search the inventory and narrow it down by the framework’s elements.',
  searchLabel: 'Search practices',
  searchButton: 'Search',
  filters: 'Filters',
  apply: 'Apply filters',
  clearAll: 'Clear all filters',
  sortLabel: 'Sort by',
  sorts: { relevance: 'Relevance', title: 'Title', newest: 'Newest', country: 'Country' } satisfies Record<Sort, string>,
  results: (n: number) => (n === 1 ? '1 practice' : `${n.toLocaleString('en')} practices`),
  activeFilters: 'Active filters',
  remove: (what: string) => `Remove ${what}`,
  noResults: 'No practice matches all of this.',
  loosen: 'Try removing one of these:',
  theSearch: (q: string) => `the search “${q}”`,
  pagination: 'Pages',
  previous: 'Previous',
  next: 'Next',
  pageOf: (page: number, pages: number) => `Page ${page} of ${pages}`,
  inEnglish: 'in English',
  updated: 'Updated',
  download: 'Download these results',
}

export type CatalogueMessages = typeof en

const nl: CatalogueMessages = {
  title: 'Praktijken',
  intro: 'Doorzoek de inventaris en verfijn met de elementen van het kader.',
  searchLabel: 'Praktijken zoeken',
  searchButton: 'Zoeken',
  filters: 'Filters',
  apply: 'Filters toepassen',
  clearAll: 'Alle filters wissen',
  sortLabel: 'Sorteren op',
  sorts: { relevance: 'Relevantie', title: 'Titel', newest: 'Nieuwste', country: 'Land' },
  results: (n) => (n === 1 ? '1 praktijk' : `${n.toLocaleString('nl')} praktijken`),
  activeFilters: 'Actieve filters',
  remove: (what) => `${what} verwijderen`,
  noResults: 'Geen enkele praktijk voldoet aan dit alles.',
  loosen: 'Probeer een van deze te verwijderen:',
  theSearch: (q) => `de zoekopdracht “${q}”`,
  pagination: 'Pagina’s',
  previous: 'Vorige',
  next: 'Volgende',
  pageOf: (page, pages) => `Pagina ${page} van ${pages}`,
  inEnglish: 'in het Engels',
  updated: 'Bijgewerkt',
  download: 'Deze resultaten downloaden',
}

const fr: CatalogueMessages = {
  title: 'Pratiques',
  intro: 'Cherchez dans l’inventaire et affinez selon les éléments du cadre.',
  searchLabel: 'Rechercher des pratiques',
  searchButton: 'Rechercher',
  filters: 'Filtres',
  apply: 'Appliquer les filtres',
  clearAll: 'Effacer tous les filtres',
  sortLabel: 'Trier par',
  sorts: { relevance: 'Pertinence', title: 'Titre', newest: 'Plus récentes', country: 'Pays' },
  results: (n) => (n === 1 ? '1 pratique' : `${n.toLocaleString('fr')} pratiques`),
  activeFilters: 'Filtres actifs',
  remove: (what) => `Retirer ${what}`,
  noResults: 'Aucune pratique ne répond à tous ces critères.',
  loosen: 'Essayez d’en retirer un :',
  theSearch: (q) => `la recherche « ${q} »`,
  pagination: 'Pages',
  previous: 'Précédente',
  next: 'Suivante',
  pageOf: (page, pages) => `Page ${page} sur ${pages}`,
  inEnglish: 'en anglais',
  updated: 'Mise à jour',
  download: 'Télécharger ces résultats',
}

const de: CatalogueMessages = {
  title: 'Praxisbeispiele',
  intro: 'Durchsuchen Sie das Verzeichnis und grenzen Sie es nach den Elementen des Rahmens ein.',
  searchLabel: 'Praxisbeispiele suchen',
  searchButton: 'Suchen',
  filters: 'Filter',
  apply: 'Filter anwenden',
  clearAll: 'Alle Filter löschen',
  sortLabel: 'Sortieren nach',
  sorts: { relevance: 'Relevanz', title: 'Titel', newest: 'Neueste', country: 'Land' },
  results: (n) => (n === 1 ? '1 Praxisbeispiel' : `${n.toLocaleString('de')} Praxisbeispiele`),
  activeFilters: 'Aktive Filter',
  remove: (what) => `${what} entfernen`,
  noResults: 'Kein Praxisbeispiel erfüllt all diese Bedingungen.',
  loosen: 'Entfernen Sie eine dieser Bedingungen:',
  theSearch: (q) => `die Suche „${q}“`,
  pagination: 'Seiten',
  previous: 'Zurück',
  next: 'Weiter',
  pageOf: (page, pages) => `Seite ${page} von ${pages}`,
  inEnglish: 'auf Englisch',
  updated: 'Aktualisiert',
  download: 'Diese Ergebnisse herunterladen',
}

const messages: Record<Locale, CatalogueMessages> = { en, nl, fr, de }

export const catalogueMessagesFor = (locale: Locale): CatalogueMessages => messages[locale]
