/**
 * The record's identity (slug, title, summary, country), first in the exchange columns, and its structure
 * (referral pathway, sources), after the record fields (record-fields.ts) and before the framework's questions.
 */
import { t } from './text'
import type { Question } from './types'

export const identityFields = [
  {
    key: 'slug',
    kind: 'slug',
    required: true,
    label: t('Slug', 'Slug', 'Slug', 'Slug'),
    prompt: t(
      'The last part of the web address; filled from the English title when left empty.',
      'Het laatste deel van het webadres; wordt uit de Engelse titel gemaakt als het leeg blijft.',
      'La dernière partie de l’adresse web ; déduite du titre anglais si elle reste vide.',
      'Der letzte Teil der Webadresse; wird aus dem englischen Titel gebildet, wenn leer.',
    ),
    page: false,
    compare: false,
  },
  {
    key: 'title',
    kind: 'shortText',
    required: true,
    label: t('Title', 'Titel', 'Titre', 'Titel'),
    prompt: t(
      'The name of the practice, as its organisers use it',
      'De naam van de praktijk, zoals de organisatoren die gebruiken',
      'Le nom de la pratique, tel que ses organisateurs l’emploient',
      'Der Name der Praxis, wie ihre Träger ihn verwenden',
    ),
    page: false,
    compare: false,
  },
  {
    key: 'summary',
    kind: 'longText',
    label: t('Summary', 'Samenvatting', 'Résumé', 'Zusammenfassung'),
    prompt: t(
      'Two or three sentences for the catalogue.',
      'Twee of drie zinnen voor de catalogus.',
      'Deux ou trois phrases pour le catalogue.',
      'Zwei oder drei Sätze für den Katalog.',
    ),
    page: false,
    compare: false,
  },
  {
    key: 'country',
    kind: 'country',
    required: true,
    label: t('Country', 'Land', 'Pays', 'Land'),
    prompt: t(
      'The country whose inventory the practice belongs to',
      'Het land tot wiens inventaris de praktijk behoort',
      'Le pays dont l’inventaire comprend la pratique',
      'Das Land, zu dessen Bestand die Praxis gehört',
    ),
    source: 'Country of origin',
    page: false,
  },
] as const satisfies readonly Question[]

export const structureFields = [
  {
    key: 'pathway',
    kind: 'steps',
    label: t('Referral pathway', 'Doorverwijzingstraject', 'Parcours d’orientation', 'Verweisungsweg'),
    prompt: t(
      'The steps in order, first step first.',
      'De stappen in volgorde, de eerste stap eerst.',
      'Les étapes dans l’ordre.',
      'Die Schritte der Reihe nach.',
    ),
    page: false,
    compare: false,
  },
  {
    key: 'sources',
    kind: 'sources',
    label: t('Sources', 'Bronnen', 'Sources', 'Quellen'),
    prompt: t(
      'The documents this record’s facts come from; indicators cite them by key.',
      'De documenten waar de gegevens van dit record vandaan komen; indicatoren verwijzen ernaar met hun sleutel.',
      'Les documents dont proviennent les faits de cette fiche ; les indicateurs les citent par leur clé.',
      'Die Dokumente, aus denen die Angaben dieses Eintrags stammen; Kennzahlen verweisen mit ihrem Schlüssel darauf.',
    ),
    page: false,
    compare: false,
  },
] as const satisfies readonly Question[]
