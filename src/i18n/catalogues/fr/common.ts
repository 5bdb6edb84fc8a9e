import type { Catalogue } from '../catalogue'

export const common: Catalogue['common'] = {
  practices: 'Pratiques',
  country: 'Pays',
  countries: 'Pays',
  inEnglish: 'en anglais',
  keyFigures: 'Chiffres clés',
  source: 'Source',
  sources: 'Sources',
  yes: 'Oui',
  no: 'Non',
  element: 'Élément',
  section: 'Rubrique',
  compare: 'Comparer',
  organisationsInvolved: 'Organisations impliquées',
  practiceCount: '{n, plural, one {# pratique} other {# pratiques}}',
  organisations: 'Organisations',
  website: 'Site web',
  language: 'Langue',
  notStated: 'Non précisé',
}
