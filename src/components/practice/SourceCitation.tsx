import type { Reading } from '@/view-models/practice/reading'

/** A link to a source's entry in the practice's list of sources. */
export function SourceCitation({ sourceKey, reading }: { sourceKey: string; reading: Reading }) {
  return <a href={`#source-${sourceKey}`}>{reading.sourceName(sourceKey)}</a>
}
