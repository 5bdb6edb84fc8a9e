/**
 * How a self-assessment against the framework's good-policy elements is scored.
 * The rule is data (points per answer) plus one pure function, and the page
 * shows `scoringRule.explanation` so that users read the rule that computed
 * their score. Keys are stored values: never rename them.
 */
import type { Text } from './types'

const t = (en: string, nl: string, fr: string, de: string): Text => ({ en, nl, fr, de })

/** Where a practice stands on one good-policy element, lowest first. */
export const elementStates = ['notStarted', 'inProgress', 'achieved'] as const
export type ElementState = (typeof elementStates)[number]

export const elementStateLabels: Record<ElementState, Text> = {
  notStarted: t('Not started', 'Niet gestart', 'Pas commencé', 'Nicht begonnen'),
  inProgress: t('In progress', 'In uitvoering', 'En cours', 'In Arbeit'),
  achieved: t('Achieved', 'Bereikt', 'Atteint', 'Erreicht'),
}

/** States a target can name: a target of "not started" would be no target. */
export const targetStates = ['inProgress', 'achieved'] as const satisfies readonly ElementState[]
export type TargetState = (typeof targetStates)[number]

export const scoringRule = {
  /** Points per answer; elements left unanswered are not assessed and do not count. */
  points: { notStarted: 0, inProgress: 0.5, achieved: 1 } satisfies Record<ElementState, number>,
  explanation: t(
    'Each element you assess counts 1 point when achieved, 0.5 when in progress and 0 when not started. A section’s score is the average over the elements of that section you assessed; the overall score is the average over all elements you assessed. Elements left unanswered do not count.',
    'Elk element dat u beoordeelt, telt voor 1 punt als het bereikt is, 0,5 als het in uitvoering is en 0 als het niet gestart is. De score van een onderdeel is het gemiddelde over de elementen van dat onderdeel die u beoordeelde; de totaalscore is het gemiddelde over alle elementen die u beoordeelde. Elementen zonder antwoord tellen niet mee.',
    'Chaque élément évalué compte pour 1 point s’il est atteint, 0,5 s’il est en cours et 0 s’il n’est pas commencé. Le score d’une rubrique est la moyenne des éléments évalués dans cette rubrique ; le score global est la moyenne de tous les éléments évalués. Les éléments sans réponse ne comptent pas.',
    'Jedes bewertete Element zählt 1 Punkt, wenn es erreicht ist, 0,5, wenn es in Arbeit ist, und 0, wenn es nicht begonnen wurde. Die Punktzahl eines Abschnitts ist der Durchschnitt der bewerteten Elemente dieses Abschnitts; die Gesamtpunktzahl ist der Durchschnitt aller bewerteten Elemente. Unbeantwortete Elemente zählen nicht.',
  ),
} as const

/**
 * The score of a set of answers: the average of their points, from 0 to 1
 * (shown as a percentage); null when nothing was assessed.
 */
export function scoreOf(states: readonly (ElementState | undefined)[]): number | null {
  const assessed = states.filter((s): s is ElementState => s !== undefined)
  if (assessed.length === 0) return null
  return assessed.reduce((sum, s) => sum + scoringRule.points[s], 0) / assessed.length
}
