/** Remarks on what a page could not do as asked (unknown addresses, too few or too many items), one paragraph each. */
export function Notes({ notes }: { notes: readonly string[] }) {
  if (notes.length === 0) return null
  return (
    <div className="note">
      {notes.map((note) => (
        <p key={note}>{note}</p>
      ))}
    </div>
  )
}
