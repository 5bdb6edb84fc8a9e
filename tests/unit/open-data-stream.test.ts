/** JSON written in batches: the same text as the whole file at once. */
import { describe, expect, it } from 'vitest'

import { practicesCsv, practicesCsvChunks, practicesJsonChunks } from '@/exchange/open-data-files'
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

/** Batches as the database read gives them: each practice made when the writer reaches it, and readable once. */
async function* readOnce<T>(...lists: T[][]) {
  for (const list of lists) {
    yield (function* () {
      yield* list
    })()
  }
}

describe('Files written from batches read once', () => {
  const lists = [[practice('a'), practice('b')], [], [practice('c')]]

  it('hold every practice of every batch, as the whole file at once', async () => {
    const csv = (await collect(practicesCsvChunks(readOnce(...lists), 'en'))).join('')
    expect(csv).toBe(practicesCsv(lists.flat(), 'en'))
    const json = JSON.parse((await collect(practicesJsonChunks(readOnce(...lists), { source: 'test', count: 3 }))).join(''))
    expect(json.practices).toEqual(lists.flat())
  })
})
