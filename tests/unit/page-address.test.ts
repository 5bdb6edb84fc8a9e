import { describe, expect, it } from 'vitest'

import { pageAddressOf, splitAddress } from '@/i18n/page-address'

describe('the address the language switcher keeps', () => {
  it('keeps the path and the visitor’s query, without the parameter of Next’s in-page navigations', () => {
    expect(pageAddressOf('/en/practices?country=NL&q=school')).toBe('/en/practices?country=NL&q=school')
    expect(pageAddressOf('/en/practices?country=NL&_rsc=1x2y')).toBe('/en/practices?country=NL')
    expect(pageAddressOf('/en/practices?_rsc=1x2y')).toBe('/en/practices')
    expect(pageAddressOf('/en/compare?practices=clbchat,ohjaamo')).toBe('/en/compare?practices=clbchat,ohjaamo')
    expect(pageAddressOf('/en')).toBe('/en')
  })

  it('splits at the first "?" only: a query may hold another', () => {
    expect(splitAddress('/en/practices?q=what?')).toEqual({ path: '/en/practices', query: 'q=what?' })
    expect(splitAddress('/en')).toEqual({ path: '/en', query: '' })
  })
})
