/**
 * How common each good-policy element is in the inventory: for every element
 * whose criterion has a rule, how many of the given practices meet it.
 */
import type { PracticeFacts } from '@/framework'
import { benchmarkElements } from './elements'

export interface Prevalence {
  meeting: number
  total: number
}

/** Element key → how many practices meet it; elements without a rule are absent (only a self-assessment can tell). */
export type PrevalenceByElement = ReadonlyMap<string, Prevalence>

export function criterionPrevalence(practices: readonly PracticeFacts[]): PrevalenceByElement {
  const result = new Map<string, Prevalence>()
  for (const { key, criterion } of benchmarkElements()) {
    const rule = criterion.rule
    if (!rule) continue
    result.set(key, { meeting: practices.filter((facts) => rule(facts)).length, total: practices.length })
  }
  return result
}

/** The share meeting an element, from 0 to 1; null when the inventory is empty. */
export const shareOf = ({ meeting, total }: Prevalence): number | null => (total === 0 ? null : meeting / total)
