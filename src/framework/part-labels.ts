import type { Text } from './types'

/** Labels of the parts of structured answers (opening-hour slots, contact persons, indicators). */
export const partLabels = {
  day: { en: 'Day', nl: 'Dag', fr: 'Jour', de: 'Tag' },
  from: { en: 'From', nl: 'Van', fr: 'De', de: 'Von' },
  to: { en: 'To', nl: 'Tot', fr: 'À', de: 'Bis' },
  name: { en: 'Name', nl: 'Naam', fr: 'Nom', de: 'Name' },
  jobTitle: { en: 'Title or role', nl: 'Functie', fr: 'Fonction', de: 'Funktion' },
  email: { en: 'E-mail', nl: 'E-mail', fr: 'Courriel', de: 'E-Mail' },
  phone: { en: 'Phone', nl: 'Telefoon', fr: 'Téléphone', de: 'Telefon' },
  isPublic: {
    en: 'Show publicly',
    nl: 'Publiek tonen',
    fr: 'Afficher publiquement',
    de: 'Öffentlich anzeigen',
  },
  isPublicHelp: {
    en: 'Personal contact data stays private unless this is ticked with the person’s consent.',
    nl: 'Persoonlijke contactgegevens blijven privé, tenzij dit met toestemming van de persoon is aangevinkt.',
    fr: 'Les coordonnées personnelles restent privées sauf si cette case est cochée avec l’accord de la personne.',
    de: 'Persönliche Kontaktdaten bleiben privat, außer dies ist mit Zustimmung der Person angekreuzt.',
  },
  metric: { en: 'Metric', nl: 'Maatstaf', fr: 'Mesure', de: 'Kennzahl' },
  indicatorLabel: { en: 'What was measured', nl: 'Wat is gemeten', fr: 'Ce qui a été mesuré', de: 'Was gemessen wurde' },
  period: { en: 'Period', nl: 'Periode', fr: 'Période', de: 'Zeitraum' },
  periodHelp: {
    en: 'A year (2016) or a school year (2016-17).',
    nl: 'Een jaar (2016) of een schooljaar (2016-17).',
    fr: 'Une année (2016) ou une année scolaire (2016-17).',
    de: 'Ein Jahr (2016) oder ein Schuljahr (2016-17).',
  },
  value: { en: 'Value', nl: 'Waarde', fr: 'Valeur', de: 'Wert' },
  unit: { en: 'Unit', nl: 'Eenheid', fr: 'Unité', de: 'Einheit' },
  dimension: { en: 'Broken down by', nl: 'Uitgesplitst naar', fr: 'Ventilé par', de: 'Aufgeschlüsselt nach' },
  category: { en: 'Category', nl: 'Categorie', fr: 'Catégorie', de: 'Kategorie' },
  source: { en: 'Source', nl: 'Bron', fr: 'Source', de: 'Quelle' },
  sourceHelp: {
    en: 'One of this practice’s sources, as listed on the Record tab.',
    nl: 'Een van de bronnen van deze praktijk, zoals vermeld op het tabblad Fiche.',
    fr: 'L’une des sources de cette pratique, telles que listées dans l’onglet Fiche.',
    de: 'Eine der Quellen dieser Praxis, wie auf dem Reiter Datensatz aufgeführt.',
  },
} satisfies Record<string, Text>
