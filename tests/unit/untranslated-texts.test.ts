import type { FlattenedField } from 'payload'
import { describe, expect, it } from 'vitest'

import { localizedTextsOf, selectTexts, untranslatedPaths } from '@/data/untranslated-texts'
import { lexicalFromPlainText } from '@/richtext/lexical'

const fields = [
  { name: 'title', type: 'text', localized: true },
  { name: 'slug', type: 'text' },
  { name: 'description', type: 'richText', localized: true },
  { name: 'lifecycle', type: 'select', options: [] },
  {
    name: 'pathway',
    type: 'array',
    flattenedFields: [
      { name: 'title', type: 'text', localized: true },
      { name: 'order', type: 'number' },
    ],
  },
] as unknown as FlattenedField[]

describe('untranslated texts', () => {
  const texts = localizedTextsOf(fields)

  it('finds the localized text fields, also inside arrays', () => {
    expect(texts).toEqual([{ name: 'title' }, { name: 'description' }, { array: 'pathway', name: 'title' }])
    expect(selectTexts(texts)).toEqual({ title: true, description: true, pathway: { id: true, title: true } })
  })

  it('lists the texts shown from the fallback locale by path', () => {
    const shown = {
      title: 'Titel',
      description: lexicalFromPlainText('Shown in English'),
      pathway: [
        { id: 'a', title: 'Stap een' },
        { id: 'b', title: 'Step two' },
      ],
    }
    const own = { title: 'Titel', description: null, pathway: [{ id: 'a', title: 'Stap een' }, { id: 'b', title: null }] }
    expect([...untranslatedPaths(shown, own, texts)]).toEqual(['description', 'pathway.b.title'])
  })

  it('does not count texts that are empty in both', () => {
    expect([...untranslatedPaths({ title: 'Titel', description: null }, { title: 'Titel' }, texts)]).toEqual([])
  })
})
