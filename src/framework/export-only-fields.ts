/**
 * Columns the exports carry after the exchange columns, which imports ignore: facts the server sets about a practice,
 * never a file (the yearly update rounds, src/rounds). Each reads its value from the stored practice.
 */
export interface ExportOnlyField {
  key: string
  /** The stored practice field the value comes from. */
  from: string
  /** The column's value from that field's stored value (the round populated with its name); undefined when none. */
  read: (stored: unknown) => string | undefined
}

const roundName = (value: unknown) => (typeof value === 'object' && value !== null && 'name' in value ? String((value as { name: unknown }).name) : undefined)

export const exportOnlyFields: readonly ExportOnlyField[] = [
  {
    key: 'lastVerified',
    from: 'lastVerifiedAt',
    // The day (YYYY-MM-DD, UTC) it was last confirmed or updated in an update round.
    read: (stored) => (typeof stored === 'string' ? stored.slice(0, 10) : undefined),
  },
  {
    // The name of that round.
    key: 'lastVerifiedRound',
    from: 'lastVerifiedRound',
    read: roundName,
  },
]

export const exportOnlyKeys: readonly string[] = exportOnlyFields.map((f) => f.key)

/** The stored fields an export reads for its export-only columns. */
export const exportOnlySources: readonly string[] = exportOnlyFields.map((f) => f.from)

/** The export-only values of a stored practice, by key (none for those it lacks). */
export const exportOnlyValues = (doc: Record<string, unknown>): Record<string, string> =>
  Object.fromEntries(exportOnlyFields.flatMap((f) => {
    const value = f.read(doc[f.from])
    return value === undefined ? [] : [[f.key, value]]
  }))
