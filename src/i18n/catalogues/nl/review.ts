import type { Catalogue } from '../catalogue'

export const review: Catalogue['review'] = {
  differenceTitle: 'Te beoordelen wijzigingen: {title}',
  differenceIntro: 'Wat het concept verandert ten opzichte van de gepubliceerde versie, per onderdeel van het kader. Ongewijzigde elementen zijn weggelaten.',
  firstPublication: 'Deze praktijk is nog niet gepubliceerd: elk element dat ze vermeldt is nieuw.',
  noChanges: 'Het concept is gelijk aan de gepubliceerde versie.',
  changedFields: '{n, plural, =0 {Geen gewijzigde elementen} one {# gewijzigd element} other {# gewijzigde elementen}}',
  element: 'Element',
  before: 'Gepubliceerde versie',
  after: 'Concept',
  added: 'Toegevoegd: {items}',
  removed: 'Verwijderd: {items}',
  empty: 'leeg',
  inLanguage: '{label} ({language})',
  figureValue: '{value} (bron: {source})',
  title: 'Titel',
  summary: 'Samenvatting',
  openInEditor: 'Openen in de editor',
  notFound: 'Er is geen praktijk met het nummer {id}, of u mag ze niet zien.',
  signIn: 'Meld u aan om praktijken te beoordelen.',
}
