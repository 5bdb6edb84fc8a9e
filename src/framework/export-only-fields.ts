/**
 * Columns the exports carry after the exchange columns, which imports ignore: facts the server sets about a practice,
 * never a file (the yearly update rounds, src/rounds). Each reads its value from the stored practice.
 */
export interface ExportOnlyField {
  key: string
  /** The column's value for a practice as read from Payload (the round populated with its name); undefined when none. */
  read: (doc: Record<string, unknown>) => string | undefined
}

const roundName = (value: unknown) => (typeof value === 'object' && value !== null && 'name' in value ? String((value as { name: unknown }).name) : undefined)

export const exportOnlyFields: readonly ExportOnlyField[] = [
  {
    key: 'lastVerified',
    // The day (YYYY-MM-DD, UTC) it was last confirmed or updated in an update round.
    read: (doc) => (typeof doc.lastVerifiedAt === 'string' ? doc.lastVerifiedAt.slice(0, 10) : undefined),
  },
  {
    // The name of that round.
    key: 'lastVerifiedRound',
    read: (doc) => roundName(doc.lastVerifiedRound),
  },
]

export const exportOnlyKeys: readonly string[] = exportOnlyFields.map((f) => f.key)

/** The export-only values of a stored practice, by key (none for those it lacks). */
export const exportOnlyValues = (doc: Record<string, unknown>): Record<string, string> =>
  Object.fromEntries(exportOnlyFields.flatMap((f) => {
    const value = f.read(doc)
    return value === undefined ? [] : [[f.key, value]]
  }))
