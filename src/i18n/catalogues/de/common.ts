import type { Catalogue } from '../catalogue'

export const common: Catalogue['common'] = {
  practices: 'Praxisbeispiele',
  country: 'Land',
  countries: 'Länder',
  inEnglish: 'auf Englisch',
  keyFigures: 'Eckdaten',
  source: 'Quelle',
  sources: 'Quellen',
  yes: 'Ja',
  no: 'Nein',
  element: 'Element',
  section: 'Abschnitt',
  compare: 'Vergleichen',
  organisationsInvolved: 'Beteiligte Organisationen',
  practiceCount: '{n, plural, one {# Praxisbeispiel} other {# Praxisbeispiele}}',
  organisations: 'Organisationen',
  website: 'Website',
  language: 'Sprache',
  notStated: 'Nicht angegeben',
}
