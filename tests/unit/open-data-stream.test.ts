/** The pieces of a streamed export: JSON written in batches, gzip flushed per chunk, Accept-Encoding read. */
import { gunzipSync } from 'node:zlib'

import { describe, expect, it } from 'vitest'

import { practicesJsonChunks } from '@/exchange/open-data-files'
import { acceptsGzip, gzipChunks } from '@/exchange/streamed-response'
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

describe('gzip per chunk', () => {
  it('gives the first chunk compressed at once and the whole text back when decompressed', async () => {
    const encoder = new TextEncoder()
    async function* text() {
      yield encoder.encode('header\r\n')
      for (let i = 0; i < 50; i++) yield encoder.encode(`row ${i},${'x'.repeat(i * 10)}\r\n`)
    }
    const iterator = gzipChunks(text())
    const first = await iterator.next()
    expect(first.done).toBe(false)
    expect(gunzipSync(Buffer.from(first.value!), { finishFlush: 2 }).toString()).toBe('header\r\n')
    const rest = await collect(iterator)
    const whole = gunzipSync(Buffer.concat([first.value!, ...rest])).toString()
    expect(whole.split('\r\n')).toHaveLength(52)
  })

  it('is chosen from Accept-Encoding as clients send it', () => {
    expect(acceptsGzip('gzip, deflate, br')).toBe(true)
    expect(acceptsGzip('br;q=1.0, gzip;q=0.5')).toBe(true)
    expect(acceptsGzip('*')).toBe(true)
    expect(acceptsGzip('gzip;q=0')).toBe(false)
    expect(acceptsGzip('br')).toBe(false)
    expect(acceptsGzip(null)).toBe(false)
  })
})
