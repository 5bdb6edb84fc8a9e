/** An empty table cell's dash, with what it means for screen readers. */
export function Dash({ meaning }: { meaning: string }) {
  return (
    <>
      <span aria-hidden="true">–</span>
      <span className="visually-hidden">{meaning}</span>
    </>
  )
}
