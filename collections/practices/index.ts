import type { CollectionConfig } from 'payload'

import { allow, readPersonalContact } from '../../src/access/collection-access'
import { createPractice, updatePractice } from '../../src/access/practice-access'
import { sections } from '../../src/framework'
import { frameworkTabs } from '../../src/framework/payload-fields'
import { importEndpoint } from './endpoints/import'
import { checkIndicatorSources } from './hooks/check-indicator-sources'
import { clearInputDigest } from './hooks/clear-input-digest'
import { enforceEditorialRules } from './hooks/enforce-editorial-rules'
import { filterContactPersons } from './hooks/filter-contact-persons'
import { publishedOnlyForReaders } from './hooks/published-only-for-readers'
import { recordTabFields } from './record-fields'

const policies = { readPersonalContact, filterContactPersons }

export const Practices: CollectionConfig = {
  slug: 'practices',
  labels: {
    singular: { en: 'Practice', nl: 'Praktijk', fr: 'Pratique', de: 'Praxisbeispiel' },
    plural: { en: 'Practices', nl: 'Praktijken', fr: 'Pratiques', de: 'Praxisbeispiele' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'country', 'lifecycle', '_status', 'updatedAt'],
    listSearchableFields: ['title', 'slug'],
  },
  versions: { drafts: true, maxPerDoc: 50 },
  access: {
    read: allow('practices', 'read'),
    readVersions: allow('practices', 'readVersions', 'version.'),
    create: createPractice,
    update: updatePractice,
    delete: allow('practices', 'delete'),
  },
  endpoints: [importEndpoint],
  hooks: { beforeOperation: [publishedOnlyForReaders], beforeChange: [enforceEditorialRules, checkIndicatorSources, clearInputDigest] },
  fields: [
    {
      type: 'tabs',
      tabs: [
        { label: { en: 'Record', nl: 'Fiche', fr: 'Fiche', de: 'Datensatz' }, fields: recordTabFields(policies) },
        ...frameworkTabs(sections, policies),
      ],
    },
    {
      name: 'readyForReview',
      type: 'checkbox',
      defaultValue: false,
      label: { en: 'Ready for review', nl: 'Klaar voor nazicht', fr: 'Prêt pour relecture', de: 'Bereit zur Prüfung' },
      admin: {
        position: 'sidebar',
        description: {
          en: 'Coordinators tick this when a draft is complete; a reviewer then publishes it.',
          nl: 'Coördinatoren vinken dit aan als een ontwerp klaar is; een reviewer publiceert het dan.',
          fr: 'Les coordinateurs cochent cette case quand un brouillon est complet ; un relecteur le publie.',
          de: 'Koordinatoren kreuzen dies an, wenn ein Entwurf fertig ist; eine Prüferin veröffentlicht ihn dann.',
        },
      },
    },
    {
      // A digest of the practice input this version was written from (see clearInputDigest), so
      // that importing the same file again can skip unchanged practices without reading them in full.
      name: 'inputDigest',
      type: 'text',
      admin: { hidden: true },
      access: { read: () => false },
    },
    {
      name: 'synthetic',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      label: { en: 'Synthetic (load-test data)', nl: 'Synthetisch (testdata)', fr: 'Synthétique (données de test)', de: 'Synthetisch (Testdaten)' },
      admin: { position: 'sidebar', readOnly: true },
      access: { update: () => false },
    },
  ],
}
