import { describe, expect, it } from 'vitest'

import { citationBibtex, citationRis, citationText, type CitedVersion } from '@/view-models/history/citation'

const cited: CitedVersion = {
  slug: 'probe',
  title: 'Help & advice: 100% {online}',
  organisations: ['Smith & Jones Foundation', 'GO! CLB'],
  n: 3,
  publishedAt: '2026-03-12T10:00:00.000Z',
  url: 'https://atlas.example.eu/en/practices/probe/v/3',
  locale: 'en',
}

describe('a version’s citation', () => {
  it('reads as one line naming the organisations, the version, Guidance Atlas and the stable address', () => {
    expect(citationText(cited)).toBe('Smith & Jones Foundation; GO! CLB: Help & advice: 100% {online}, version 3 of March 12, 2026. Guidance Atlas. https://atlas.example.eu/en/practices/probe/v/3')
    expect(citationText({ ...cited, organisations: [], locale: 'de' })).toBe('Help & advice: 100% {online}, Version 3 vom 12. März 2026. Guidance Atlas. https://atlas.example.eu/en/practices/probe/v/3')
  })

  it('escapes BibTeX’s special characters and keeps each organisation one corporate author', () => {
    expect(citationBibtex(cited)).toContain('title = {{Help \\& advice: 100\\% \\{online\\}}}')
    expect(citationBibtex(cited)).toContain('author = {{Smith \\& Jones Foundation} and {GO! CLB}}')
    expect(citationBibtex(cited)).toContain('date = {2026-03-12}')
  })

  it('writes RIS with an author line per organisation and CRLF line ends', () => {
    const lines = citationRis(cited).split('\r\n')
    expect(lines.filter((l) => l.startsWith('AU'))).toEqual(['AU  - Smith & Jones Foundation', 'AU  - GO! CLB'])
    expect(lines.slice(-2)).toEqual(['ER  - ', ''])
    expect(lines).toContain('DA  - 2026/03/12')
  })
})
