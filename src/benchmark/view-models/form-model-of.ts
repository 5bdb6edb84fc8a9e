import type { Locale } from '@/framework'
import { elementStateLabels, elementStates, targetStates } from '@/framework/scoring'
import { elementsOfSections } from '@/benchmark/elements'
import { policyStageQuestion } from '@/benchmark/policy-stage'
import type { AssessmentDraft } from '@/benchmark/data/draft'
import { titleOf, type InventoryPractice } from '@/benchmark/data/inventory'
import type { FormModel } from './form-model'
import { practiceOptions } from './practice-options'

/** The form's model for a draft, in the page's language: its sections' elements with what the record says, the scale, the peers to choose from. */
export function formModelOf(locale: Locale, draft: AssessmentDraft, practices: readonly InventoryPractice[]): FormModel {
  const elements = elementsOfSections(draft.values.sections)
  const sectionKeys = [...new Set(elements.map((e) => e.section.key))]
  return {
    practiceTitle: draft.practice ? titleOf(draft.practice, locale) : null,
    sections: sectionKeys.map((key) => {
      const inSection = elements.filter((e) => e.section.key === key)
      return {
        key,
        title: inSection[0].section.title[locale],
        elements: inSection.map((e) => ({
          key: e.key,
          label: e.criterion.label[locale],
          verdict: draft.verdicts[e.key] ?? null,
          prefilled: draft.prefilled.includes(e.key),
        })),
      }
    }),
    stages: policyStageQuestion.options.map((o) => ({ key: o.key, label: o.label[locale] })),
    peerOptions: practiceOptions(locale, practices.filter((p) => p.id !== draft.practice?.id)),
    states: elementStates.map((s) => ({ key: s, label: elementStateLabels[s][locale] })),
    targets: targetStates.map((s) => ({ key: s, label: elementStateLabels[s][locale] })),
  }
}
