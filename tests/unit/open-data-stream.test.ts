/** JSON written in batches: the same text as the whole file at once. */
import { describe, expect, it } from 'vitest'

import { practicesJsonChunks } from '@/exchange/open-data-files'
import type { PracticeInput } from '@/framework/practice-schema'

async function collect<T>(chunks: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = []
  for await (const chunk of chunks) all.push(chunk)
  return all
}

async function* batches<T>(...lists: T[][]) {
  for (const list of lists) yield list
}

const practice = (slug: string) => ({ slug, title: { en: `Title of ${slug}\nwith "quotes"` }, themes: ['access', 'lmi'] }) as unknown as PracticeInput

describe('JSON written in batches', () => {
  for (const space of [0, 2]) {
    it(`is the text JSON.stringify gives for the whole file (indent ${space}), with and without practices`, async () => {
      for (const lists of [[], [[]], [[practice('a')]], [[practice('a'), practice('b')], [], [practice('c')]]]) {
        const text = (await collect(practicesJsonChunks(batches(...lists), { source: 'test', count: 3, space }))).join('')
        const parsed = JSON.parse(text)
        expect(parsed.practices).toEqual(lists.flat())
        expect(text).toBe(JSON.stringify(parsed, null, space))
      }
    })
  }
})
