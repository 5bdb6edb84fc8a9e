/**
 * What the inventory's figures count, derived from the registry: the multi-choice fields whose `chart` flag
 * says the home and country pages chart their coverage, and the policy-focus scale. A dimension is counted through the bit-set
 * column the catalogue keeps for it (catalogue-facets.ts) when there is one, else through Payload's select
 * table (`practices_<question key in snake case>`).
 */
import { allFields, fieldByKey, type MultiChoice, type Option, type SingleChoice, type Text } from '@/framework'
import { facets } from './catalogue-facets'
import { snakeCase } from './facet-storage'

export interface CoverageDimension {
  /** the question key */
  key: string
  label: Text
  options: readonly Option[]
  storage: { mask: string } | { table: string }
}

type ChartField = MultiChoice & { chart: number }

function dimension(question: ChartField): CoverageDimension {
  const facet = facets.find((f) => f.kind === 'mask' && f.options === question.options)
  return {
    key: question.key,
    label: question.label,
    options: question.options,
    storage: facet ? { mask: facet.column } : { table: `practices_${snakeCase(question.key)}` },
  }
}

export const coverageDimensions: readonly CoverageDimension[] = allFields()
  .filter((f): f is ChartField => f.kind === 'multi' && f.chart !== undefined)
  .sort((a, b) => a.chart - b.chart)
  .map(dimension)

export const dimensionByKey = (key: string): CoverageDimension => coverageDimensions.find((d) => d.key === key)!

/** The policy-focus stage: one option of an ordered scale, lowest first, in the column `policy_stage`. */
export const stageQuestion: SingleChoice = fieldByKey('policyStage')
export const STAGE_COLUMN = facets.find((f) => f.param === 'stage')!.column

/** The key under which practices that state no stage are counted, after the stages of the scale. */
export const NOT_STATED = 'notStated'

