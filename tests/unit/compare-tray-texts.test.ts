import { describe, expect, it } from 'vitest'

import { MAX_COMPARED } from '@/components/compare/compare-list'
import { compareTrayTexts } from '@/view-models/compare/tray-texts'

describe('comparison controls’ strings, worded on the server', () => {
  it('words every count a visitor can reach, in the page’s language', () => {
    const en = compareTrayTexts('en')
    expect(en.traySelected).toHaveLength(MAX_COMPARED + 1)
    expect(en.traySelected[1]).toBe('1 of 4 practices selected')
    expect(en.compareSelected[3]).toBe('Compare selected practices (3)')
    expect(en.compareAdded[4]).toBe('Added to the comparison: 4 of 4 practices selected.')
    expect(en.compareRemoved[0]).toBe('Removed from the comparison: 0 of 4 practices selected.')
    expect(en.compareFull).toBe('The comparison already holds 4 practices. Remove one first.')
    expect(compareTrayTexts('nl').traySelected[2]).toBe('2 van 4 praktijken geselecteerd')
    expect(compareTrayTexts('de').compareAdded[1]).toBe('Zum Vergleich hinzugefügt: 1 von 4 Praxisbeispielen ausgewählt.')
  })

  it('gives every control of a page the same object, so the page sends the strings once', () => {
    expect(compareTrayTexts('fr')).toBe(compareTrayTexts('fr'))
  })
})
