import { describe, expect, it } from 'vitest'

import { GenerationCache } from '@/data/generation-cache'

describe('GenerationCache', () => {
  it('answers from the cache while the generation stays the same', () => {
    const cache = new GenerationCache<string>(10)
    cache.set('1', 'q', 'answer')
    expect(cache.get('1', 'q')).toBe('answer')
  })

  it('forgets everything when the generation changes', () => {
    const cache = new GenerationCache<string>(10)
    cache.set('1', 'q', 'answer')
    expect(cache.get('2', 'q')).toBeUndefined()
    expect(cache.get('1', 'q')).toBeUndefined()
  })

  it('drops the least recently used entry when full', () => {
    const cache = new GenerationCache<string>(2)
    cache.set('1', 'a', 'A')
    cache.set('1', 'b', 'B')
    cache.get('1', 'a')
    cache.set('1', 'c', 'C')
    expect(cache.get('1', 'b')).toBeUndefined()
    expect(cache.get('1', 'a')).toBe('A')
    expect(cache.get('1', 'c')).toBe('C')
  })
})
