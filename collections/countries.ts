import type { CollectionConfig } from 'payload'

import { tableAccess } from '../src/access/collection-access'
import { refuseUnsafeLinks } from '../src/richtext/refuse-unsafe-links'

export const countryGroups = ['eu', 'eea', 'candidate', 'potentialCandidate', 'uk'] as const

export const Countries: CollectionConfig = {
  slug: 'countries',
  labels: {
    singular: { en: 'Country', nl: 'Land', fr: 'Pays', de: 'Land' },
    plural: { en: 'Countries', nl: 'Landen', fr: 'Pays', de: 'Länder' },
  },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'id', 'group'] },
  access: tableAccess('countries'),
  fields: [
    {
      // The ISO 3166-1 alpha-2 code is the record's id, so practices and users refer to "BE", "NL", ...
      name: 'id',
      type: 'text',
      required: true,
      label: { en: 'ISO code', nl: 'ISO-code', fr: 'Code ISO', de: 'ISO-Code' },
      validate: (value: string | null | undefined) =>
        value && /^[A-Z]{2}$/.test(value) ? true : 'Use the two-letter ISO 3166 code in capitals, e.g. BE.',
    },
    { name: 'name', type: 'text', required: true, localized: true, label: { en: 'Name', nl: 'Naam', fr: 'Nom', de: 'Name' } },
    {
      name: 'group',
      type: 'select',
      required: true,
      label: { en: 'Group', nl: 'Groep', fr: 'Groupe', de: 'Gruppe' },
      options: [
        { value: 'eu', label: { en: 'EU member state', nl: 'EU-lidstaat', fr: 'État membre de l’UE', de: 'EU-Mitgliedstaat' } },
        { value: 'eea', label: { en: 'EEA (non-EU)', nl: 'EER (niet-EU)', fr: 'EEE (hors UE)', de: 'EWR (Nicht-EU)' } },
        { value: 'candidate', label: { en: 'Candidate country', nl: 'Kandidaat-lidstaat', fr: 'Pays candidat', de: 'Beitrittskandidat' } },
        {
          value: 'potentialCandidate',
          label: { en: 'Potential candidate', nl: 'Potentiële kandidaat', fr: 'Candidat potentiel', de: 'Potenzieller Kandidat' },
        },
        { value: 'uk', label: { en: 'United Kingdom', nl: 'Verenigd Koninkrijk', fr: 'Royaume-Uni', de: 'Vereinigtes Königreich' } },
      ] satisfies { value: (typeof countryGroups)[number]; label: Record<string, string> }[],
    },
    {
      name: 'guidanceSystem',
      type: 'richText',
      localized: true,
      hooks: { beforeValidate: [refuseUnsafeLinks] },
      label: {
        en: 'Guidance system notes',
        nl: 'Notities over het begeleidingssysteem',
        fr: 'Notes sur le système d’orientation',
        de: 'Hinweise zum Beratungssystem',
      },
    },
  ],
}
