import type { Catalogue } from '../catalogue'

export const review: Catalogue['review'] = {
  differenceTitle: 'Zu prüfende Änderungen: {title}',
  differenceIntro: 'Was der Entwurf gegenüber der veröffentlichten Fassung ändert, nach Abschnitten des Rahmens. Unveränderte Elemente sind ausgelassen.',
  firstPublication: 'Diese Praxis ist noch nicht veröffentlicht: Jedes Element, das sie angibt, ist neu.',
  noChanges: 'Der Entwurf gleicht der veröffentlichten Fassung.',
  changedFields: '{n, plural, =0 {Keine geänderten Elemente} one {# geändertes Element} other {# geänderte Elemente}}',
  element: 'Element',
  before: 'Veröffentlichte Fassung',
  after: 'Entwurf',
  added: 'Hinzugefügt: {items}',
  removed: 'Entfernt: {items}',
  empty: 'leer',
  inLanguage: '{label} ({language})',
  figureValue: '{value} (Quelle: {source})',
  title: 'Titel',
  summary: 'Zusammenfassung',
  openInEditor: 'Im Editor öffnen',
  notFound: 'Es gibt keine Praxis mit der Nummer {id}, oder Sie dürfen sie nicht sehen.',
  signIn: 'Melden Sie sich an, um Praxen zu prüfen.',
}
