/**
 * What the inventory's figures count, derived from the framework: the multi-choice questions whose coverage
 * the home and country pages chart, and the policy-focus scale. A dimension is counted through the bit-set
 * column the catalogue keeps for it (catalogue-facets.ts) when there is one, else through Payload's select
 * table (`practices_<question key in snake case>`).
 */
import { questionByKey, type Option, type SingleChoice, type Text } from '../framework'
import { labelsOf } from '../i18n/labels-of'
import { facets } from './catalogue-facets'

export interface CoverageDimension {
  /** the question key */
  key: string
  label: Text
  options: readonly Option[]
  storage: { mask: string } | { table: string }
}

const snakeCase = (key: string) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)

function dimension(questionKey: string): CoverageDimension {
  const question = questionByKey(questionKey)
  if (question?.kind !== 'multi') throw new Error(`No multi-choice question ${questionKey}`)
  const facet = facets.find((f) => f.kind === 'mask' && f.options === question.options)
  return {
    key: question.key,
    label: question.label,
    options: question.options,
    storage: facet ? { mask: facet.column } : { table: `practices_${snakeCase(question.key)}` },
  }
}

export const coverageDimensions: readonly CoverageDimension[] = ['themes', 'audiences', 'ictFunctions', 'fundingTypes', 'barriers'].map(dimension)

export const dimensionByKey = (key: string): CoverageDimension => coverageDimensions.find((d) => d.key === key)!

/** The policy-focus stage: one option of an ordered scale, lowest first, in the column `policy_stage`. */
export const stageQuestion = questionByKey('policyStage') as SingleChoice
export const STAGE_COLUMN = facets.find((f) => f.param === 'stage')!.column

/** The key under which practices that state no stage are counted, after the stages of the scale. */
export const NOT_STATED = 'notStated'

export const notStatedLabel: Text = labelsOf('common.notStated')
