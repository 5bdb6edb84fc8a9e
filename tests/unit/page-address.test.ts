import { describe, expect, it } from 'vitest'

import { pageAddressOf, splitAddress } from '@/i18n/page-address'

describe('the address the language switcher keeps', () => {
  it.each([
    { requested: '/en/practices?country=NL&q=school', kept: '/en/practices?country=NL&q=school' },
    { requested: '/en/practices?country=NL&_rsc=1x2y', kept: '/en/practices?country=NL' },
    { requested: '/en/practices?_rsc=1x2y', kept: '/en/practices' },
    { requested: '/en/compare?practices=clbchat,ohjaamo', kept: '/en/compare?practices=clbchat,ohjaamo' },
    { requested: '/en', kept: '/en' },
  ])('keeps the path and the visitor’s query, without the parameter of Next’s in-page navigations: $requested', ({ requested, kept }) => {
    expect(pageAddressOf(requested)).toBe(kept)
  })

  it('splits at the first "?" only: a query may hold another', () => {
    expect(splitAddress('/en/practices?q=what?')).toEqual({ path: '/en/practices', query: 'q=what?' })
    expect(splitAddress('/en')).toEqual({ path: '/en', query: '' })
  })
})
