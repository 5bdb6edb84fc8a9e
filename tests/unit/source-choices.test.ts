/** The source select of an indicator (src/admin/SourceField.tsx, SourceSelect.tsx) offers the practice's own sources and nothing else. */
import { describe, expect, it } from 'vitest'

import { sourceChoices } from '@/admin/source-choices'

describe('source choices', () => {
  it('offers each source row of the form by its key, with its title, in row order', () => {
    const form: [string, unknown][] = [
      ['sources.1.key', 'practice-record'],
      ['sources.1.title', 'Practice record 2019'],
      ['sources.0.key', 'euroguidance-brochure'],
      ['sources.0.title', 'Euroguidance brochure'],
      ['sources.0.url', 'https://example.org/brochure.pdf'],
    ]
    expect(sourceChoices(form)).toEqual([
      { value: 'euroguidance-brochure', label: 'euroguidance-brochure: Euroguidance brochure' },
      { value: 'practice-record', label: 'practice-record: Practice record 2019' },
    ])
  })

  it('leaves out a row without a key yet and anything that is not a source row', () => {
    const form: [string, unknown][] = [
      ['sources.0.key', ''],
      ['sources.0.title', 'Half-typed source'],
      ['sources', 1],
      ['indicators.0.source', 'elsewhere'],
      ['pathway.0.title', 'Intake'],
    ]
    expect(sourceChoices(form)).toEqual([])
  })
})
