/** A rule's words (rule-words.ts) as a sentence in the page's language, with the framework's own labels. */
import { questionByKey, type Locale } from '@/framework'
import { languageName } from '@/framework/language-names'
import { translations } from '@/i18n/translations'
import type { RuleWords } from './rule-words'

const optionLabels = (questionKey: string, options: readonly string[], locale: Locale): string[] => {
  const question = questionByKey(questionKey)
  const choices = question && (question.kind === 'multi' || question.kind === 'single') ? question.options : []
  return options.map((key) => choices.find((o) => o.key === key)?.label[locale] ?? languageName(key)[locale])
}

export function ruleSentence(words: RuleWords, locale: Locale): string {
  const t = translations(locale, 'frameworkPage')
  const list = (options: string[], type: 'conjunction' | 'disjunction') => new Intl.ListFormat(locale, { type }).format(options)
  const label = (key: string) => questionByKey(key)?.label[locale] ?? key
  switch (words.kind) {
    case 'atLeast':
      return t.atLeast({ question: label(words.question), n: words.n })
    case 'any': {
      const options = list(optionLabels(words.question, words.options, locale), 'disjunction')
      return questionByKey(words.question)?.kind === 'single'
        ? t.is({ question: label(words.question), options })
        : t.includes({ question: label(words.question), options })
    }
    case 'all':
      return t.includesAll({ question: label(words.question), options: list(optionLabels(words.question, words.options, locale), 'conjunction') })
    case 'answered':
      return t.answered({ question: label(words.question) })
    case 'yes':
      return t.yes({ question: label(words.question) })
    case 'both':
      return t.both({ first: ruleSentence(words.parts[0], locale), second: ruleSentence(words.parts[1], locale) })
    case 'either':
      return t.either({ first: ruleSentence(words.parts[0], locale), second: ruleSentence(words.parts[1], locale) })
    case 'fact':
      return t.facts[words.fact]
  }
}
