import type { Reading } from '@/view-models/practice/reading'

/** The practice's sources; figures link to their entry (#source-<key>). */
export function SourceList({ reading }: { reading: Reading }) {
  return (
    <section aria-labelledby="sources">
      <h2 id="sources">{reading.t.sources}</h2>
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
