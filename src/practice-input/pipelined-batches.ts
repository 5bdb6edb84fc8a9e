/**
 * Builds and writes in batches, building the next batch while the database takes the one before: Node and
 * PostgreSQL work at the same time instead of taking turns (a 10,000-row import built every row before the
 * first COPY, then waited for PostgreSQL with Node idle). Building yields to the event loop every
 * millisecond, so the connection is given its next statement and its COPY data as soon as it can take them
 * (every 4 ms kept PostgreSQL waiting about a second longer in a 10,000-row import).
 */
import { partsOf } from '@/data/values-per-query'

/** How long a build may run before it lets the event loop send the connection its next statement. */
const SLICE_MS = 1

/** Lets pending I/O run when the current slice has taken SLICE_MS; returns the start of the next slice. */
export async function yieldAfterSlice(sliceStart: number): Promise<number> {
  if (performance.now() - sliceStart < SLICE_MS) return sliceStart
  await new Promise((resolve) => setImmediate(resolve))
  return performance.now()
}

/** Runs build on each batch of `size` items and write on what it built, the next build overlapping the write before it. */
export async function pipelinedBatches<T, B>(items: readonly T[], size: number, build: (batch: readonly T[]) => Promise<B>, write: (built: B) => Promise<void>): Promise<void> {
  let writing: Promise<void> = Promise.resolve()
  try {
    for (const batch of partsOf(items, size)) {
      const built = await build(batch)
      await writing
      writing = write(built)
      // Handled now, awaited later: a write that fails while the next batch is built must not end the process.
      writing.catch(() => {})
    }
    await writing
  } catch (error) {
    await writing.catch(() => {})
    throw error
  }
}
