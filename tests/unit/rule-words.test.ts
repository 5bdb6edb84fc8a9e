/**
 * The framework page states each good-policy element's rule in words (src/view-models/framework/rule-words.ts).
 * Here every statement is turned into practices that meet it and practices that miss it, and the element's own
 * rule (src/framework/sections/*) must agree on each: words that say something other than the rule fail.
 */
import { describe, expect, it } from 'vitest'

import { benchmarkElements } from '@/benchmark/elements'
import { emptyFacts } from '@/benchmark/practice-facts'
import { questionByKey, type IndicatorFact, type OpeningSlot } from '@/framework'
import { languageCodes } from '@/framework/record'
import { ruleWords, type RuleFact, type RuleWords } from '@/view-models/framework/rule-words'

type Facts = ReturnType<typeof emptyFacts>
type Change = (facts: Facts) => void

const question = (key: string) => {
  const found = questionByKey(key)
  if (!found) throw new Error(`rule words name an unknown question: ${key}`)
  return found
}
const optionKeys = (key: string): string[] => {
  const q = question(key)
  if (q.kind === 'languages') return [...languageCodes]
  if (q.kind === 'multi' || q.kind === 'single') return q.options.map((o) => o.key)
  throw new Error(`${key} has no options`)
}
const choose = (key: string, options: string[]): Change => (facts) => {
  if (question(key).kind === 'single') facts.choice[key] = options[0]
  else facts.choices[key] = [...(facts.choices[key] ?? []), ...options]
}

const indicator = (period: string, source: string): IndicatorFact => ({ metric: 'contacts', period, value: 10, unit: 'count', source })
const slot = (day: OpeningSlot['day'], to: string): OpeningSlot => ({ day, from: '09:00', to })

const factExamples: Record<RuleFact, { meet: Change[]; miss: Change[] }> = {
  outsideHours: {
    meet: [(f) => void (f.openingHours = [slot('mon', '19:00')]), (f) => void (f.openingHours = [slot('sat', '12:00')])],
    miss: [(f) => void (f.openingHours = [slot('mon', '17:00'), slot('fri', '16:00')])],
  },
  publicPerson: {
    meet: [(f) => void (f.contactPersons = { count: 2, publicCount: 1 })],
    miss: [(f) => void (f.contactPersons = { count: 2, publicCount: 0 })],
  },
  measured: { meet: [(f) => void (f.indicators = [indicator('2024', '')])], miss: [() => {}] },
  sourced: {
    meet: [(f) => void (f.indicators = [indicator('2024', 'Annual report')])],
    miss: [(f) => void (f.indicators = [indicator('2024', 'Annual report'), indicator('2023', ' ')]), () => {}],
  },
  overTime: {
    meet: [(f) => void (f.indicators = [indicator('2023', 'a'), indicator('2024', 'a')])],
    miss: [(f) => void (f.indicators = [indicator('2024', 'a'), indicator('2024', 'b')])],
  },
}

/** Practices that meet the statement. */
function meeting(words: RuleWords): Change[] {
  switch (words.kind) {
    case 'atLeast':
      return [choose(words.question, optionKeys(words.question).slice(0, words.n))]
    case 'any':
      return words.options.map((o) => choose(words.question, [o]))
    case 'all':
      return [choose(words.question, [...words.options])]
    case 'answered':
      return [question(words.question).kind === 'single' ? choose(words.question, optionKeys(words.question).slice(0, 1)) : (f) => void f.answered.add(words.question)]
    case 'yes':
      return [(f) => void (f.flags[words.question] = true)]
    case 'both':
      return meeting(words.parts[0]).flatMap((a) => meeting(words.parts[1]).map((b): Change => (f) => (a(f), b(f))))
    case 'either':
      return [...meeting(words.parts[0]), ...meeting(words.parts[1])]
    case 'fact':
      return factExamples[words.fact].meet
  }
}

/** Practices that miss the statement. */
function missing(words: RuleWords): Change[] {
  switch (words.kind) {
    case 'atLeast':
      return [choose(words.question, optionKeys(words.question).slice(0, words.n - 1))]
    case 'any': {
      const others = optionKeys(words.question).filter((o) => !words.options.includes(o))
      return [() => {}, ...(question(words.question).kind === 'single' ? others.map((o) => choose(words.question, [o])) : [choose(words.question, others)])]
    }
    case 'all':
      return words.options.map((left) => choose(words.question, words.options.filter((o) => o !== left)))
    case 'answered':
      return [() => {}]
    case 'yes':
      return [() => {}, (f) => void (f.flags[words.question] = false)]
    case 'both':
      return [...meeting(words.parts[0]), ...meeting(words.parts[1])]
    case 'either':
      return [() => {}]
    case 'fact':
      return factExamples[words.fact].miss
  }
}

const factsAfter = (change: Change) => {
  const facts = emptyFacts()
  change(facts)
  return facts
}

const withRules = benchmarkElements().filter((e) => e.criterion.rule)

describe('the rules in words', () => {
  it('state the rule of every element that has one, and of no other', () => {
    expect(Object.keys(ruleWords).sort()).toEqual(withRules.map((e) => e.key).sort())
  })

  it.each(withRules.map((e) => [e.key, e] as const))('%s: the rule agrees with its words', (key, element) => {
    const words = ruleWords[key]!
    for (const change of meeting(words)) expect(element.criterion.rule!(factsAfter(change)), `${key} should be met`).toBe(true)
    for (const change of missing(words)) expect(element.criterion.rule!(factsAfter(change)), `${key} should be missed`).toBe(false)
  })
})
