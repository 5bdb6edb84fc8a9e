import type { Reading } from '@/view-models/practice/reading'

/** The practice's sources under the field's label; figures link to their entry (#source-<key>). */
export function SourceList({ label, reading }: { label: string; reading: Reading }) {
  return (
    <section aria-labelledby="sources">
      <h2 id="sources">{label}</h2>
      <ul className="sources">
        {reading.sources.map((source) => (
          <li key={source.key} id={`source-${source.key}`}>
            {source.url ? <a href={source.url}>{source.title}</a> : source.title}
            {(source.publisher || source.date) && ` (${[source.publisher, source.date].filter(Boolean).join(', ')})`}
          </li>
        ))}
      </ul>
    </section>
  )
}
