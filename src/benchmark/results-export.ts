/**
 * An assessment's results as downloads: CSV (one row per element, labels in
 * the page's language, the element key first for analysis) and JSON (keys and
 * labels, scores as fractions from 0 to 1, the scoring rule included).
 */
import type { Locale } from '@/framework'
import { elementStateLabels, scoringRule, type ElementState } from '@/framework/scoring'
import type { Translations } from '@/i18n/translate'
import { policyStageQuestion, stagePosition } from './policy-stage'
import type { AssessmentResults } from './results'

export interface ExportPractice {
  slug: string
  title: string
}

export interface ExportInput {
  name: string | null
  practice: ExportPractice | null
  peers: readonly ExportPractice[]
  createdAt: string
  updatedAt: string
  previousUpdatedAt: string | null
  inventorySize: number
  results: AssessmentResults
}

/** Quotes a CSV cell, and defuses text that spreadsheets would run as a formula (=, +, -, @ at the start). */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return ''
  const text = typeof value === 'number' ? String(value) : /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
  return /[",\n\r;]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

const percent = (fraction: number | null) => (fraction === null ? null : Math.round(fraction * 1000) / 10)

export function resultsCsv(input: ExportInput, locale: Locale, t: Translations<'benchmark'>): string {
  const state = (s: ElementState | undefined) => (s ? elementStateLabels[s][locale] : '')
  const verdict = (met: boolean | null) => (met === null ? '' : met ? t.meets : t.lacks)
  const header = [
    'key',
    t.csv.section,
    t.csv.element,
    t.csv.answer,
    t.csv.points,
    t.csv.sectionScore,
    t.csv.evidence,
    t.csv.targetAnswer,
    t.csv.targetDate,
    t.csv.targetStatus,
    t.csv.previousAnswer,
    t.csv.meeting,
    t.csv.inventory,
    ...(input.practice ? [`${t.csv.record}: ${input.practice.title}`] : []),
    ...input.peers.map((p) => p.title),
  ]
  const rows = input.results.sections.flatMap((section) =>
    section.elements.map((e) => [
      e.element.key,
      section.section.title[locale],
      e.element.criterion.label[locale],
      state(e.answer.state),
      e.points,
      percent(section.score),
      e.answer.note,
      state(e.answer.targetState),
      e.answer.targetDate,
      e.target ? t.targetStatus[e.target] : '',
      state(e.previousState),
      e.prevalence?.meeting,
      e.prevalence?.total,
      ...(input.practice ? [verdict(e.record)] : []),
      ...e.peers.map((p) => verdict(p.meets)),
    ]),
  )
  // A byte-order mark, so that spreadsheet programs read the file as UTF-8.
  return '\uFEFF' + [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n'
}

export function resultsJson(input: ExportInput, locale: Locale) {
  const { results } = input
  const stage = results.policyStage
  return {
    assessment: {
      name: input.name,
      practice: input.practice,
      createdAt: input.createdAt,
      updatedAt: input.updatedAt,
      previousAssessmentUpdatedAt: input.previousUpdatedAt,
    },
    scoringRule: { points: scoringRule.points, explanation: scoringRule.explanation[locale] },
    overall: results.overall,
    previousOverall: results.previousOverall,
    answered: results.answered,
    total: results.total,
    policyStage: stage
      ? { key: stage, label: policyStageQuestion.options.find((o) => o.key === stage)?.label[locale], position: stagePosition(stage), of: policyStageQuestion.options.length }
      : null,
    inventorySize: input.inventorySize,
    peers: input.peers,
    sections: results.sections.map((section) => ({
      key: section.section.key,
      title: section.section.title[locale],
      score: section.score,
      previousScore: section.previousScore,
      answered: section.answered,
      total: section.total,
      elements: section.elements.map((e) => ({
        key: e.element.key,
        label: e.element.criterion.label[locale],
        answer: e.answer.state ?? null,
        points: e.points,
        evidence: e.answer.note ?? null,
        target: e.answer.targetState ? { answer: e.answer.targetState, date: e.answer.targetDate ?? null, status: e.target } : null,
        previousAnswer: e.previousState ?? null,
        inventory: e.prevalence,
        record: input.practice ? e.record : undefined,
        peers: e.peers.map((p, i) => ({ slug: input.peers[i]?.slug, meets: p.meets })),
      })),
    })),
  }
}
