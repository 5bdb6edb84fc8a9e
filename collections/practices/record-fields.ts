import type { Field } from 'payload'

import { recordFields } from '@/framework'
import { questionField, validateUrl, type FieldPolicies } from '@/framework/payload-fields'
import { slugFormat, sourceKeyFormat } from '@/framework/formats'
import { t } from '@/framework/text'
import { fillSlug } from './hooks/fill-slug'

/**
 * The Record tab: the practice's identity (title, slug, summary, country), the record fields of the
 * registry (src/framework/record-fields.ts), then the referral pathway and the sources.
 */
export const recordTabFields = (policies: FieldPolicies): Field[] => [
  { name: 'title', type: 'text', required: true, localized: true, label: t('Title', 'Titel', 'Titre', 'Titel') },
  {
    name: 'slug',
    type: 'text',
    required: true,
    unique: true,
    index: true,
    label: t('Slug', 'Slug', 'Slug', 'Slug'),
    admin: {
      description: t(
        'The last part of the web address; filled from the English title when left empty.',
        'Het laatste deel van het webadres; wordt uit de Engelse titel gemaakt als het leeg blijft.',
        'La dernière partie de l’adresse web ; déduite du titre anglais si elle reste vide.',
        'Der letzte Teil der Webadresse; wird aus dem englischen Titel gebildet, wenn leer.',
      ),
    },
    hooks: { beforeValidate: [fillSlug] },
    validate: (value: string | null | undefined) =>
      value && slugFormat.test(value) ? true : 'Use lower-case letters, digits and single hyphens, e.g. clbchat.',
  },
  {
    name: 'summary',
    type: 'textarea',
    localized: true,
    label: t('Summary', 'Samenvatting', 'Résumé', 'Zusammenfassung'),
    admin: { description: t('Two or three sentences for the catalogue.', 'Twee of drie zinnen voor de catalogus.', 'Deux ou trois phrases pour le catalogue.', 'Zwei oder drei Sätze für den Katalog.') },
  },
  { name: 'country', type: 'relationship', relationTo: 'countries', required: true, index: true, label: t('Country', 'Land', 'Pays', 'Land'), admin: { components: { Cell: '/src/admin/CountryCell#CountryCell' } } },
  ...recordFields.map((field) => questionField(field, policies)),
  {
    name: 'pathway',
    type: 'array',
    label: t('Referral pathway', 'Doorverwijzingstraject', 'Parcours d’orientation', 'Verweisungsweg'),
    labels: { singular: t('Step', 'Stap', 'Étape', 'Schritt'), plural: t('Steps', 'Stappen', 'Étapes', 'Schritte') },
    admin: { description: t('The steps in order, first step first.', 'De stappen in volgorde, de eerste stap eerst.', 'Les étapes dans l’ordre.', 'Die Schritte der Reihe nach.') },
    fields: [
      { name: 'title', type: 'text', required: true, localized: true, label: t('Step', 'Stap', 'Étape', 'Schritt') },
      { name: 'actor', type: 'text', localized: true, label: t('Who acts', 'Wie handelt', 'Qui agit', 'Wer handelt') },
      { name: 'description', type: 'textarea', localized: true, label: t('What happens', 'Wat er gebeurt', 'Ce qui se passe', 'Was geschieht') },
    ],
  },
  {
    name: 'sources',
    type: 'array',
    label: t('Sources', 'Bronnen', 'Sources', 'Quellen'),
    labels: { singular: t('Source', 'Bron', 'Source', 'Quelle'), plural: t('Sources', 'Bronnen', 'Sources', 'Quellen') },
    fields: [
      {
        type: 'row',
        fields: [
          {
            name: 'key',
            type: 'text',
            required: true,
            label: t('Key', 'Sleutel', 'Clé', 'Schlüssel'),
            admin: { description: t('Short key that indicators refer to, e.g. brochure-2018.', 'Korte sleutel waarnaar indicatoren verwijzen.', 'Clé courte à laquelle renvoient les indicateurs.', 'Kurzer Schlüssel, auf den Kennzahlen verweisen.') },
            validate: (value: string | null | undefined) =>
              value && sourceKeyFormat.test(value) ? true : 'Use lower-case letters, digits and hyphens.',
          },
          { name: 'title', type: 'text', required: true, label: t('Title', 'Titel', 'Titre', 'Titel') },
        ],
      },
      {
        type: 'row',
        fields: [
          {
            name: 'url',
            type: 'text',
            label: 'URL',
            validate: validateUrl,
          },
          { name: 'publisher', type: 'text', label: t('Publisher', 'Uitgever', 'Éditeur', 'Herausgeber') },
          { name: 'date', type: 'text', label: t('Date or year', 'Datum of jaar', 'Date ou année', 'Datum oder Jahr') },
        ],
      },
    ],
  },
]
