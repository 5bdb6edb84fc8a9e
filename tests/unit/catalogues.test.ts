import { readFileSync } from 'node:fs'
import path from 'node:path'

import { IntlMessageFormat } from 'intl-messageformat'
import { describe, expect, it } from 'vitest'

import { catalogues } from '@/i18n/catalogues'
import { en } from '@/i18n/catalogues/en'
import { locales } from '@/i18n/locales'
import { isMessageWithArguments } from '@/i18n/translate'
import { translations } from '@/i18n/translations'
import { repositoryRoot as root, sourceFiles } from '../support/source-files'

/** Every message of a catalogue as [dotted key, text]. */
const leaves = (node: object, prefix = ''): [string, string][] =>
  Object.entries(node).flatMap(([key, value]): [string, string][] =>
    typeof value === 'string' ? [[prefix + key, value]] : leaves(value as object, `${prefix}${key}.`),
  )

/** The parts of intl-messageformat's syntax tree read here: argument names, and the branches of plurals and selects. */
interface MessageElement {
  type: number
  value?: unknown
  options?: Record<string, { value: MessageElement[] }>
  children?: MessageElement[]
}
const LITERAL = 0

const argumentsOf = (elements: MessageElement[]): string[] =>
  elements.flatMap((e) => [
    ...(e.type !== LITERAL && typeof e.value === 'string' ? [e.value] : []),
    ...Object.values(e.options ?? {}).flatMap((option) => argumentsOf(option.value)),
    ...argumentsOf(e.children ?? []),
  ])

const argumentNames = (message: string, locale: string): string[] =>
  isMessageWithArguments(message)
    ? [...new Set(argumentsOf(new IntlMessageFormat(message, locale, undefined, { ignoreTag: true }).getAst() as MessageElement[]))].sort()
    : []

const sources = ['src', 'app', 'collections'].flatMap((dir) => sourceFiles(dir))
const english = new Map(leaves(en))

describe.each(locales)('the %s catalogue', (locale) => {
  const messages = new Map(leaves(catalogues[locale]))

  it('has every key of the English catalogue, and no other', () => {
    const missing = [...english.keys()].filter((key) => !messages.has(key))
    const extra = [...messages.keys()].filter((key) => !english.has(key))
    expect({ missing, extra }).toEqual({ missing: [], extra: [] })
  })

  it('writes each message in ICU MessageFormat, with only the arguments the English one is given', () => {
    const strays = [...messages].flatMap(([key, message]) => {
      const given = argumentNames(english.get(key) ?? '', 'en')
      return argumentNames(message, locale)
        .filter((name) => !given.includes(name))
        .map((name) => `${key}: {${name}}`)
    })
    expect(strays).toEqual([])
  })

  it('names each confirm button of the round list with a name that holds its visible label, so speech input can say it (WCAG 2.5.3)', () => {
    const t = translations(locale, 'rounds')
    expect(t.progress.confirmPractice({ title: 'X' }).toLowerCase()).toContain(t.actions.confirm.toLowerCase())
  })

  it('gives a message arguments exactly where the English one has them (the app calls those as functions)', () => {
    const mismatched = [...messages.keys()].filter(
      (key) => isMessageWithArguments(messages.get(key)!) !== isMessageWithArguments(english.get(key) ?? ''),
    )
    expect(mismatched).toEqual([])
  })
})

describe('the interface strings', () => {
  it('are all used: each key of the English catalogue is read somewhere in src, app or collections', () => {
    const code = sources.map((file) => readFileSync(file, 'utf8')).join('\n')
    const outsideCatalogues = sources
      .filter((file) => !file.includes(`${path.sep}catalogues${path.sep}`))
      .map((file) => readFileSync(file, 'utf8'))
      .join('\n')
    const namespaceUsed = (namespace: string) => outsideCatalogues.includes(`'${namespace}'`)
    // A key counts as read when its last part is read as a property (`t.results`, `common.country`) or named
    // as a string (`t.sorts[sort]` with sort: 'relevance' | …).
    const keyRead = (key: string) => {
      const last = key.split('.').at(-1)!
      return new RegExp(`\\.${last}\\b|['"]${last}['"]`).test(code)
    }
    const unused = [...english.keys()].filter((key) => !namespaceUsed(key.split('.')[0]!) || !keyRead(key))
    expect(unused).toEqual([])
  })

  it('formats plurals by each language’s rules: French puts zero in the singular', () => {
    const count = (locale: (typeof locales)[number], n: number) => translations(locale, 'catalogue').results({ n })
    expect([0, 1, 2, 1200].map((n) => count('en', n))).toEqual(['0 practices', '1 practice', '2 practices', '1,200 practices'])
    expect([0, 1, 2].map((n) => count('fr', n))).toEqual(['0 pratique', '1 pratique', '2 pratiques'])
    expect(count('de', 1200)).toBe('1.200 Praxisbeispiele')
  })
})
