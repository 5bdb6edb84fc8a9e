import { describe, expect, it } from 'vitest'

import { compareHref, MAX_COMPARED, parseCompareList, toggleCompared } from '@/components/compare/compare-list'

describe('compare list', () => {
  it('reads only valid, distinct slugs, at most four', () => {
    expect(parseCompareList(null)).toEqual([])
    expect(parseCompareList('not json')).toEqual([])
    expect(parseCompareList('{"a":1}')).toEqual([])
    expect(parseCompareList('["clbchat","clbchat","Bad Slug",3,"a","b","c","d"]')).toEqual(['clbchat', 'a', 'b', 'c'])
  })

  it('adds, removes, and refuses a fifth practice', () => {
    expect(toggleCompared([], 'clbchat')).toEqual({ slugs: ['clbchat'], outcome: 'added' })
    expect(toggleCompared(['a', 'clbchat'], 'clbchat')).toEqual({ slugs: ['a'], outcome: 'removed' })
    const full = ['a', 'b', 'c', 'd']
    expect(full).toHaveLength(MAX_COMPARED)
    expect(toggleCompared(full, 'e')).toEqual({ slugs: full, outcome: 'full' })
  })

  it('links to the comparison page', () => {
    expect(compareHref('nl', ['clbchat', 'school-safety-helpdesk'])).toBe('/nl/compare?practices=clbchat,school-safety-helpdesk')
  })
})
