import type { Catalogue } from '../catalogue'

export const common: Catalogue['common'] = {
  practices: 'Praktijken',
  country: 'Land',
  countries: 'Landen',
  inEnglish: 'in het Engels',
  keyFigures: 'Kerncijfers',
  source: 'Bron',
  sources: 'Bronnen',
  yes: 'Ja',
  no: 'Nee',
  element: 'Element',
  section: 'Onderdeel',
  compare: 'Vergelijken',
  organisationsInvolved: 'Betrokken organisaties',
  practiceCount: '{n, plural, one {# praktijk} other {# praktijken}}',
  organisations: 'Organisaties',
  website: 'Website',
  language: 'Taal',
  notStated: 'Niet vermeld',
}
