/**
 * Option lists for the fields of a practice record that lie outside the
 * framework itself (PRODUCT.md §1, "Beyond the framework" and "Indicators").
 * Keys are stored values: never rename them.
 */
import { t } from './text'
import type { Option, Text, Weekday } from './types'

/** Status of a practice. */
export const lifecycleOptions: readonly Option[] = [
  { key: 'active', label: t('Active', 'Actief', 'En cours', 'Aktiv') },
  { key: 'pilot', label: t('Pilot', 'Pilootproject', 'Projet pilote', 'Pilotprojekt') },
  { key: 'ended', label: t('Ended', 'Beëindigd', 'Terminé', 'Beendet') },
]

/** How the practice is delivered. */
export const modalityOptions: readonly Option[] = [
  { key: 'remote', label: t('Remote', 'Op afstand', 'À distance', 'Auf Distanz') },
  { key: 'faceToFace', label: t('Face to face', 'Face-to-face', 'En présentiel', 'Präsenz') },
  { key: 'blended', label: t('Blended', 'Gecombineerd', 'Hybride', 'Kombiniert') },
]

/** Setting in which the practice takes place. */
export const contextOptions: readonly Option[] = [
  { key: 'schools', label: t('Schools', 'Scholen', 'Établissements scolaires', 'Schulen') },
  {
    key: 'pes',
    label: t(
      'Public employment services',
      'Publieke diensten voor arbeidsbemiddeling',
      "Services publics de l'emploi",
      'Öffentliche Arbeitsverwaltung',
    ),
  },
  {
    key: 'higherEducation',
    label: t('Higher education', 'Hoger onderwijs', 'Enseignement supérieur', 'Hochschulen'),
  },
  {
    key: 'adultEducation',
    label: t('Adult education', 'Volwassenenonderwijs', 'Formation des adultes', 'Erwachsenenbildung'),
  },
  { key: 'community', label: t('Community', 'Buurt en samenleving', 'Milieu associatif et local', 'Gemeinwesen') },
  { key: 'workplace', label: t('Workplace', 'Werkplek', 'Milieu de travail', 'Arbeitsplatz') },
  { key: 'youthWork', label: t('Youth work', 'Jeugdwerk', 'Animation jeunesse', 'Jugendarbeit') },
]

/** What kind of practice it is. */
export const practiceTypeOptions: readonly Option[] = [
  { key: 'intervention', label: t('Intervention', 'Interventie', 'Intervention', 'Intervention') },
  { key: 'tool', label: t('Tool', 'Instrument', 'Outil', 'Instrument') },
  { key: 'service', label: t('Service', 'Dienst', 'Service', 'Dienst') },
  { key: 'policy', label: t('Policy', 'Beleid', 'Politique', 'Politik') },
]

/** Guidance domains (as used in Flemish pupil guidance). */
export const domainOptions: readonly Option[] = [
  {
    key: 'learning',
    label: t('Learning and studying', 'Leren en studeren', 'Apprendre et étudier', 'Lernen und Studieren'),
  },
  {
    key: 'careerGuidance',
    label: t(
      'Educational and career guidance',
      'Onderwijsloopbaan',
      'Orientation scolaire et professionnelle',
      'Bildungs- und Berufsberatung',
    ),
  },
  {
    key: 'preventiveHealth',
    label: t(
      'Preventive health care',
      'Preventieve gezondheidszorg',
      'Santé préventive',
      'Gesundheitsvorsorge',
    ),
  },
  {
    key: 'socioEmotional',
    label: t(
      'Socio-emotional development',
      'Psychisch en sociaal functioneren',
      'Développement socio-émotionnel',
      'Sozial-emotionale Entwicklung',
    ),
  },
]

/** Said of a value a record leaves open. */
export const notStatedText: Text = t('Not stated', 'Niet vermeld', 'Non précisé', 'Nicht angegeben')

/**
 * Main focus, as the Euroguidance database of guidance practices records it. Only the values seed 001
 * shows; add the database's others when a source for them is at hand.
 */
export const mainFocusOptions: readonly Option[] = [
  {
    key: 'careerDevelopment',
    label: t('Career development', 'Loopbaanontwikkeling', 'Développement de carrière', 'Laufbahnentwicklung'),
    source: 'Career Development',
  },
  {
    key: 'accessToGuidance',
    label: t(
      'Access to guidance services',
      'Toegang tot begeleidingsdiensten',
      'Accès aux services d’orientation',
      'Zugang zu Beratungsdiensten',
    ),
    source: 'Access to Guidance Services',
  },
]

/** Whether a practice was developed through Erasmus+. */
export const erasmusPlusOptions: readonly Option[] = [
  { key: 'yes', label: t('Yes', 'Ja', 'Oui', 'Ja') },
  { key: 'no', label: t('No', 'Nee', 'Non', 'Nein') },
  { key: 'notStated', label: notStatedText },
]

/** Units of an indicator value. */
export const unitOptions: readonly Option[] = [
  { key: 'count', label: t('Number', 'Aantal', 'Nombre', 'Anzahl') },
  { key: 'minutes', label: t('Minutes', 'Minuten', 'Minutes', 'Minuten') },
  { key: 'percent', label: t('Percent', 'Procent', 'Pour cent', 'Prozent') },
  { key: 'years', label: t('Years', 'Jaar', 'Ans', 'Jahre') },
  { key: 'rating', label: t('Rating', 'Score', 'Note', 'Bewertung') },
  { key: 'euro', label: t('Euro', 'Euro', 'Euro', 'Euro') },
]

/** Breakdown dimensions of an indicator (its `dimension`; `category` is free). */
export const dimensionOptions: readonly Option[] = [
  { key: 'theme', label: t('Theme', 'Thema', 'Thème', 'Thema') },
  { key: 'questionType', label: t('Type of question', 'Soort vraag', 'Type de question', 'Art der Anfrage') },
  { key: 'month', label: t('Month', 'Maand', 'Mois', 'Monat') },
  { key: 'clientGroup', label: t('Client group', 'Doelgroep', "Groupe d'usagers", 'Zielgruppe') },
  { key: 'topic', label: t('Topic', 'Onderwerp', 'Sujet', 'Thema der Anfrage') },
  { key: 'rating', label: t('Rating', 'Score', 'Note', 'Bewertung') },
]

export const weekdayLabels: Record<Weekday, Text> = {
  mon: t('Monday', 'maandag', 'lundi', 'Montag'),
  tue: t('Tuesday', 'dinsdag', 'mardi', 'Dienstag'),
  wed: t('Wednesday', 'woensdag', 'mercredi', 'Mittwoch'),
  thu: t('Thursday', 'donderdag', 'jeudi', 'Donnerstag'),
  fri: t('Friday', 'vrijdag', 'vendredi', 'Freitag'),
  sat: t('Saturday', 'zaterdag', 'samedi', 'Samstag'),
  sun: t('Sunday', 'zondag', 'dimanche', 'Sonntag'),
}

/**
 * ISO 639-1 codes offered for the `languages` question: the 24 official EU
 * languages, then other languages common in European guidance services.
 * Labels come from Intl.DisplayNames in the UI.
 */
export const languageCodes = [
  // official EU languages
  'bg', 'cs', 'da', 'de', 'el', 'en', 'es', 'et', 'fi', 'fr', 'ga', 'hr',
  'hu', 'it', 'lt', 'lv', 'mt', 'nl', 'pl', 'pt', 'ro', 'sk', 'sl', 'sv',
  // others
  'is', 'no', 'sq', 'bs', 'sr', 'mk', 'tr', 'uk', 'ka', 'ar', 'ru', 'lb',
] as const

export type LanguageCode = (typeof languageCodes)[number]
