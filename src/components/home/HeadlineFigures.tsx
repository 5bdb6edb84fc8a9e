/** A few headline numbers, each with what it counts. */
export function HeadlineFigures({ figures, locale }: { figures: readonly { label: string; value: number }[]; locale: string }) {
  return (
    <dl className="headline-figures">
      {figures.map((figure) => (
        <div key={figure.label}>
          <dt>{figure.label}</dt>
          <dd>{figure.value.toLocaleString(locale)}</dd>
        </div>
      ))}
    </dl>
  )
}
