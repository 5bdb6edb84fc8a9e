import type { Field } from 'payload'

import { selectOptions, validateUrl } from '../../src/framework/payload-fields'
import { languageName } from '../../src/framework/language-names'
import {
  contextOptions,
  domainOptions,
  languageCodes,
  lifecycleOptions,
  modalityOptions,
  organisationFields,
  practiceTypeOptions,
} from '../../src/framework/record'
import { slugFormat, sourceKeyFormat } from '../../src/framework/formats'
import { fillSlug } from './hooks/fill-slug'

const t = (en: string, nl: string, fr: string, de: string) => ({ en, nl, fr, de })

/** Fields of a practice record that sit outside the framework's sections (PRODUCT.md §1, last part). */
export const recordFields: Field[] = [
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
  {
    type: 'row',
    fields: [
      { name: 'country', type: 'relationship', relationTo: 'countries', required: true, index: true, label: t('Country', 'Land', 'Pays', 'Land') },
      { name: 'region', type: 'text', localized: true, label: t('Region', 'Regio', 'Région', 'Region') },
      {
        name: 'originalLanguage',
        type: 'select',
        required: true,
        defaultValue: 'en',
        label: t('Written in', 'Geschreven in', 'Rédigé en', 'Verfasst in'),
        options: languageCodes.map((code) => ({ value: code, label: languageName(code) })),
      },
    ],
  },
  {
    type: 'row',
    fields: organisationFields.map(({ key, label }): Field => ({ name: key, label, type: 'relationship', relationTo: 'organisations', hasMany: true })),
  },
  {
    type: 'row',
    fields: [
      { name: 'launchDate', type: 'date', label: t('Launch date', 'Startdatum', 'Date de lancement', 'Startdatum'), admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'd MMMM yyyy' } } },
      { name: 'lifecycle', type: 'select', label: t('Operating status', 'Werkingsstatus', 'Statut de fonctionnement', 'Betriebsstatus'), options: selectOptions(lifecycleOptions) },
      { name: 'modality', type: 'select', label: t('Modality', 'Modaliteit', 'Modalité', 'Modalität'), options: selectOptions(modalityOptions) },
    ],
  },
  { name: 'contexts', type: 'select', hasMany: true, label: t('Context', 'Context', 'Contexte', 'Kontext'), options: selectOptions(contextOptions) },
  { name: 'practiceTypes', type: 'select', hasMany: true, label: t('Type', 'Type', 'Type', 'Art'), options: selectOptions(practiceTypeOptions) },
  { name: 'domains', type: 'select', hasMany: true, label: t('Guidance domains', 'Begeleidingsdomeinen', 'Domaines d’accompagnement', 'Beratungsbereiche'), options: selectOptions(domainOptions) },
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
