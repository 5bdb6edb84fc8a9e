/**
 * The catalogue's facets, derived from the framework: which URL parameter filters
 * which stored value, and the options it offers. `mask` facets are multi-valued
 * selects counted through the bit-set columns kept by the database (bit i =
 * option i, see the catalogue_search migration); `column` facets are single values.
 */
import { questionByKey, type Option, type Text } from '../framework'
import { languageName } from '../framework/language-names'
import { languageCodes, modalityOptions } from '../framework/record'
import { labelsOf } from '../i18n/labels-of'

export type Facet =
  | { param: string; label: Text; kind: 'mask'; column: string; options: readonly Option[] }
  | { param: string; label: Text; kind: 'column'; column: string; options: readonly Option[] }
  | { param: string; label: Text; kind: 'country'; column: string }

const fromQuestion = (param: string, questionKey: string, column: string, kind: 'mask' | 'column'): Facet => {
  const question = questionByKey(questionKey)
  if (!question || (question.kind !== 'multi' && question.kind !== 'single')) throw new Error(`No choice question ${questionKey}`)
  return { param, label: question.label, kind, column, options: question.options }
}

const languageOptions: Option[] = languageCodes.map((code) => ({ key: code, label: languageName(code) }))

export const facets: readonly Facet[] = [
  { param: 'country', label: labelsOf('common.country'), kind: 'country', column: 'country_id' },
  fromQuestion('theme', 'themes', 'themes_mask', 'mask'),
  fromQuestion('audience', 'audiences', 'audiences_mask', 'mask'),
  fromQuestion('ict', 'ictFunctions', 'ict_functions_mask', 'mask'),
  fromQuestion('stage', 'policyStage', 'policy_stage', 'column'),
  { param: 'modality', label: labelsOf('practice.modality'), kind: 'column', column: 'modality', options: modalityOptions },
  fromQuestion('channel', 'channels', 'channels_mask', 'mask'),
  { param: 'language', label: labelsOf('common.language'), kind: 'mask', column: 'languages_mask', options: languageOptions },
]
