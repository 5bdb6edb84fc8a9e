import type { CollectionConfig, Validate } from 'payload'

import { selectOptions } from '../../src/framework/payload-fields'
import { MAX_PEERS, NAME_MAX_LENGTH } from '../../src/benchmark/answers-schema'
import { assessableSections } from '../../src/benchmark/elements'
import { policyStageQuestion } from '../../src/benchmark/policy-stage'
import { createAssessment, deleteAssessment, readAssessment, updateAssessment } from './access'
import { checkSharing } from './hooks/check-sharing'
import { setServerOwnedFields } from './hooks/set-server-owned-fields'
import { validateAnswers } from './hooks/validate-answers'

/** Server-owned fields are set by a hook; Payload's own relationship check would read them with the writer's rights. */
const setByServer: Validate = () => true

const published = { _status: { equals: 'published' } } as const

/** Benchmark self-assessments (PRODUCT.md §2; issue 5). Read and written through src/data/benchmark-*.ts by the pages. */
export const Assessments: CollectionConfig = {
  slug: 'assessments',
  labels: {
    singular: { en: 'Self-assessment', nl: 'Zelfevaluatie', fr: 'Auto-évaluation', de: 'Selbstbewertung' },
    plural: { en: 'Self-assessments', nl: 'Zelfevaluaties', fr: 'Auto-évaluations', de: 'Selbstbewertungen' },
  },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'practice', 'owner', 'updatedAt'] },
  access: { read: readAssessment, create: createAssessment, update: updateAssessment, delete: deleteAssessment },
  hooks: { beforeChange: [setServerOwnedFields, checkSharing, validateAnswers] },
  fields: [
    { name: 'name', type: 'text', maxLength: NAME_MAX_LENGTH, label: { en: 'Name', nl: 'Naam', fr: 'Nom', de: 'Name' } },
    {
      name: 'practice',
      type: 'relationship',
      relationTo: 'practices',
      filterOptions: published,
      label: { en: 'Practice assessed', nl: 'Beoordeelde praktijk', fr: 'Pratique évaluée', de: 'Bewertete Praxis' },
    },
    {
      name: 'peers',
      type: 'relationship',
      relationTo: 'practices',
      hasMany: true,
      maxRows: MAX_PEERS,
      filterOptions: published,
      label: { en: 'Peer practices', nl: 'Vergelijkbare praktijken', fr: 'Pratiques de référence', de: 'Vergleichspraxen' },
    },
    {
      name: 'sections',
      type: 'select',
      hasMany: true,
      required: true,
      options: assessableSections.map((s) => ({ value: s.key, label: s.title })),
      label: { en: 'Sections assessed', nl: 'Beoordeelde onderdelen', fr: 'Rubriques évaluées', de: 'Bewertete Abschnitte' },
    },
    { name: 'policyStage', type: 'select', options: selectOptions(policyStageQuestion.options), label: policyStageQuestion.label },
    {
      name: 'answers',
      type: 'json',
      required: true,
      defaultValue: {},
      label: { en: 'Answers', nl: 'Antwoorden', fr: 'Réponses', de: 'Antworten' },
      admin: {
        description: {
          en: 'Per element (<section>.<criterion>): state, evidence note, target state and target date.',
          nl: 'Per element (<onderdeel>.<criterium>): stand, toelichting, doelstand en streefdatum.',
          fr: 'Par élément (<rubrique>.<critère>) : état, justification, état visé et date visée.',
          de: 'Je Element (<Abschnitt>.<Kriterium>): Stand, Nachweis, Zielstand und Zieldatum.',
        },
      },
    },
    {
      name: 'owner',
      type: 'relationship',
      relationTo: 'users',
      index: true,
      validate: setByServer,
      label: { en: 'Owner', nl: 'Eigenaar', fr: 'Propriétaire', de: 'Eigentümer' },
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'sharedCountry',
      type: 'relationship',
      relationTo: 'countries',
      index: true,
      label: { en: 'Shared with the coordinators of', nl: 'Gedeeld met de coördinatoren van', fr: 'Partagée avec les coordinateurs de', de: 'Geteilt mit den Koordinatoren von' },
      admin: { position: 'sidebar' },
    },
    {
      name: 'previous',
      type: 'relationship',
      relationTo: 'assessments',
      validate: setByServer,
      label: { en: 'Follows assessment', nl: 'Volgt op evaluatie', fr: 'Fait suite à l’évaluation', de: 'Folgt auf Bewertung' },
      admin: { position: 'sidebar', readOnly: true },
    },
    // SHA-256 of the private link's token (src/benchmark/private-link.ts); never leaves the server.
    { name: 'tokenHash', type: 'text', hidden: true, unique: true, index: true },
  ],
}
