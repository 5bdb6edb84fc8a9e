/**
 * Indicator metrics are an open vocabulary kept in the `metrics` collection (collections/metrics): reviewers
 * approve what coordinators propose. This file holds what a metric is and the vocabulary the atlas started
 * with, which the `metrics` migration writes into the collection. Keys are stored values: never rename them.
 */
import { t } from './text'
import type { Text } from './types'

/** What kind of figure a metric is; the unit says what it is counted in. */
export const metricKinds = ['count', 'share', 'rating', 'duration', 'amount', 'change'] as const
export type MetricKind = (typeof metricKinds)[number]

/** Whether a reviewer has approved a metric; a proposed one serves only its proposer's drafts. */
export const metricStatuses = ['proposed', 'approved'] as const
export type MetricStatus = (typeof metricStatuses)[number]

/** A metric as views read it. `unit` is a key of unitOptions (src/framework/record.ts). */
export interface Metric {
  key: string
  label: Text
  unit: string
  kind: MetricKind
}

/** The closed list the indicators used before metrics became a collection, with the unit its figures are given in. */
export const initialMetrics: readonly Metric[] = [
  { key: 'contacts', label: t('Contacts', 'Contacten', 'Contacts', 'Kontakte'), unit: 'count', kind: 'count' },
  {
    key: 'chats',
    label: t('Chat conversations', 'Chatgesprekken', 'Conversations par chat', 'Chat-Gespräche'),
    unit: 'count',
    kind: 'count',
  },
  {
    key: 'averageDuration',
    label: t('Average duration', 'Gemiddelde duur', 'Durée moyenne', 'Durchschnittliche Dauer'),
    unit: 'minutes',
    kind: 'duration',
  },
  {
    key: 'averageAge',
    label: t('Average age', 'Gemiddelde leeftijd', 'Âge moyen', 'Durchschnittsalter'),
    unit: 'years',
    kind: 'amount',
  },
  { key: 'satisfaction', label: t('Satisfaction', 'Tevredenheid', 'Satisfaction', 'Zufriedenheit'), unit: 'percent', kind: 'rating' },
  {
    key: 'topicShare',
    label: t('Share of topic', 'Aandeel per thema', 'Part par sujet', 'Anteil nach Thema'),
    unit: 'percent',
    kind: 'share',
  },
  {
    key: 'clientShare',
    label: t('Share of client group', 'Aandeel per doelgroep', "Part par groupe d'usagers", 'Anteil nach Zielgruppe'),
    unit: 'percent',
    kind: 'share',
  },
  { key: 'growth', label: t('Growth', 'Groei', 'Croissance', 'Wachstum'), unit: 'percent', kind: 'change' },
  { key: 'staff', label: t('Staff', 'Medewerkers', 'Personnel', 'Personal'), unit: 'count', kind: 'count' },
]

/** Looks metrics up by key; a key missing from the vocabulary is shown as itself. */
export type MetricVocabulary = ReadonlyMap<string, Metric>

export const vocabularyOf = (metrics: readonly Metric[]): MetricVocabulary => new Map(metrics.map((m) => [m.key, m]))

export const metricLabel = (vocabulary: MetricVocabulary, key: string, locale: keyof Text): string =>
  vocabulary.get(key)?.label[locale] || vocabulary.get(key)?.label.en || key
