/**
 * The fields of a practice record that lie outside the framework's sections
 * (PRODUCT.md §1, "Beyond the framework"), in the order of the exchange
 * columns, between the record's identity and its structure
 * (identity-fields.ts). Where seed 001 (a Euroguidance practice record) asks
 * for the field, `source` holds its wording.
 */
import {
  contextOptions,
  domainOptions,
  erasmusPlusOptions,
  lifecycleOptions,
  mainFocusOptions,
  modalityOptions,
  practiceTypeOptions,
} from './record'
import { t } from './text'
import type { Question } from './types'

export const recordFields = [
  {
    key: 'region',
    kind: 'shortText',
    label: t('Region', 'Regio', 'Région', 'Region'),
    prompt: t(
      'Region of the country where the practice runs, if not the whole country',
      'Regio van het land waar de praktijk loopt, als dat niet het hele land is',
      'Région du pays où la pratique se déroule, si ce n’est pas tout le pays',
      'Region des Landes, in der die Praxis läuft, wenn nicht das ganze Land',
    ),
    page: false,
  },
  {
    key: 'originalLanguage',
    kind: 'language',
    required: true,
    label: t('Original language', 'Oorspronkelijke taal', 'Langue d’origine', 'Originalsprache'),
    prompt: t(
      'The language the record was written in; other languages are translations',
      'De taal waarin het record geschreven is; andere talen zijn vertalingen',
      'La langue dans laquelle la fiche a été rédigée ; les autres langues sont des traductions',
      'Die Sprache, in der der Eintrag verfasst wurde; andere Sprachen sind Übersetzungen',
    ),
    compare: false,
  },
  {
    key: 'originators',
    kind: 'organisations',
    label: t('Originators', 'Initiatiefnemers', 'Initiateurs', 'Initiatoren'),
    prompt: t(
      'Organisations that created the practice',
      'Organisaties die de praktijk hebben opgezet',
      'Organisations qui ont créé la pratique',
      'Organisationen, die die Praxis geschaffen haben',
    ),
    source: 'Author / Originator',
    compare: false,
  },
  {
    key: 'operators',
    kind: 'organisations',
    label: t('Operators', 'Uitvoerders', 'Opérateurs', 'Betreiber'),
    prompt: t(
      'Organisations that run the practice',
      'Organisaties die de praktijk uitvoeren',
      'Organisations qui mettent en œuvre la pratique',
      'Organisationen, die die Praxis betreiben',
    ),
    compare: false,
  },
  {
    key: 'partners',
    kind: 'organisations',
    label: t('Partners', 'Partners', 'Partenaires', 'Partner'),
    prompt: t(
      'Other organisations taking part',
      'Andere organisaties die meewerken',
      'Autres organisations participantes',
      'Weitere beteiligte Organisationen',
    ),
    compare: false,
  },
  {
    key: 'launchDate',
    kind: 'date',
    label: t('Launch date', 'Startdatum', 'Date de lancement', 'Startdatum'),
    prompt: t(
      'The day the practice started',
      'De dag waarop de praktijk van start ging',
      'Le jour où la pratique a commencé',
      'Der Tag, an dem die Praxis begann',
    ),
    source: 'Resource launch date',
    compare: false,
  },
  {
    key: 'lifecycle',
    kind: 'single',
    dropdown: true,
    options: lifecycleOptions,
    label: t('Status', 'Status', 'Statut', 'Status'),
    prompt: t(
      'Whether the practice is running, a pilot or ended (not the review status of this record)',
      'Of de praktijk loopt, een pilootproject is of beëindigd is (niet de reviewstatus van dit record)',
      'Si la pratique est en cours, un projet pilote ou terminée (pas le statut de relecture de la fiche)',
      'Ob die Praxis läuft, ein Pilotprojekt ist oder beendet wurde (nicht der Prüfstatus dieses Eintrags)',
    ),
  },
  {
    key: 'modality',
    kind: 'single',
    dropdown: true,
    options: modalityOptions,
    label: t('Modality', 'Modaliteit', 'Modalité', 'Modalität'),
    prompt: t(
      'How the practice is delivered',
      'Hoe de praktijk wordt aangeboden',
      'Comment la pratique est proposée',
      'Wie die Praxis angeboten wird',
    ),
    source: 'Modality',
    facet: { param: 'modality', position: 5 },
  },
  {
    key: 'contexts',
    kind: 'multi',
    options: contextOptions,
    label: t('Context', 'Context', 'Contexte', 'Kontext'),
    prompt: t(
      'Settings in which the practice takes place',
      'Omgevingen waarin de praktijk plaatsvindt',
      'Cadres dans lesquels la pratique a lieu',
      'Umfelder, in denen die Praxis stattfindet',
    ),
    source: 'Context',
  },
  {
    key: 'practiceTypes',
    kind: 'multi',
    options: practiceTypeOptions,
    label: t('Type', 'Type', 'Type', 'Art'),
    prompt: t(
      'What kind of practice it is',
      'Wat voor soort praktijk het is',
      'De quel type de pratique il s’agit',
      'Um welche Art von Praxis es sich handelt',
    ),
    source: 'Type',
  },
  {
    key: 'domains',
    kind: 'multi',
    options: domainOptions,
    label: t('Guidance domains', 'Begeleidingsdomeinen', 'Domaines d’accompagnement', 'Beratungsbereiche'),
    prompt: t(
      'Areas of guidance the practice covers',
      'Begeleidingsdomeinen waarop de praktijk betrekking heeft',
      'Domaines d’accompagnement couverts par la pratique',
      'Beratungsbereiche, die die Praxis abdeckt',
    ),
  },
  {
    key: 'mainFocus',
    kind: 'multi',
    options: mainFocusOptions,
    label: t('Main focus', 'Hoofdfocus', 'Orientation principale', 'Hauptschwerpunkt'),
    prompt: t(
      'The main focus of the practice, as the Euroguidance database of guidance practices records it',
      'De hoofdfocus van de praktijk, zoals de Euroguidance-databank van begeleidingspraktijken die vastlegt',
      'L’orientation principale de la pratique, telle que la base Euroguidance des pratiques d’orientation l’enregistre',
      'Der Hauptschwerpunkt der Praxis, wie ihn die Euroguidance-Datenbank der Beratungspraxis erfasst',
    ),
    source: 'Main focus',
    facet: { param: 'focus', position: 8 },
  },
  {
    key: 'erasmusPlus',
    kind: 'single',
    options: erasmusPlusOptions,
    label: t('Developed through Erasmus+', 'Ontwikkeld via Erasmus+', 'Développé grâce à Erasmus+', 'Durch Erasmus+ entwickelt'),
    prompt: t(
      'Was this practice developed through Erasmus+?',
      'Is deze praktijk ontwikkeld via Erasmus+?',
      'Cette pratique a-t-elle été développée grâce à Erasmus+ ?',
      'Wurde diese Praxis durch Erasmus+ entwickelt?',
    ),
    source: 'This practice developed through Erasmus+',
    facet: { param: 'erasmus', position: 9 },
  },
] as const satisfies readonly Question[]
