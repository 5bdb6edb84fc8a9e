/** The policy-focus stage that an assessment records: the framework's ordered four-stage scale. */
import { fieldByKey, type SingleChoice } from '@/framework'

const question = fieldByKey('policyStage')

export const policyStageQuestion: SingleChoice = question

/** Stage keys, lowest first. */
export const policyStageKeys: readonly string[] = question.options.map((o) => o.key)

/** The 1-based position of a stage on the scale, or null for none. */
export const stagePosition = (stage: string | null | undefined): number | null => {
  const index = stage ? policyStageKeys.indexOf(stage) : -1
  return index < 0 ? null : index + 1
}
