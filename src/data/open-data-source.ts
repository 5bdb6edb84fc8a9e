import 'server-only'

import type { PracticeInput } from '@/framework/practice-schema'
import type { Locale } from '@/framework/types'
import { openDataRequest } from '@/exchange/open-data-request'
import { openDataCount, openDataPractices } from './open-data'
import { closedRoundNamed, roundSnapshotCount, roundSnapshotPractices, type ClosedRound } from './round-snapshot'
import type { Viewer } from './viewer'

export interface OpenDataSource {
  locale: Locale
  /** The practices, a batch at a time. */
  batches: AsyncGenerator<Iterable<PracticeInput>>
  count: () => Promise<number>
  /** The snapshot's round, when the request asks for one. */
  round?: ClosedRound
  /** What the file name says of its content: `practices-en`, `practices-round-2025-en`. */
  fileStem: string
}

/** A refusal of the request, with its HTTP status. */
export interface OpenDataRefusal {
  status: 400 | 404
  message: string
}

const fileSafe = (text: string) => text.replace(/[^A-Za-z0-9._-]+/g, '-')

/** What an open-data request URL asks for: the current published practices of a catalogue view, or a closed round's snapshot. */
export async function openDataSource(url: string, viewer: Viewer): Promise<OpenDataSource | OpenDataRefusal> {
  const request = openDataRequest(url)
  if (!request.ok) return request
  const { locale, query } = request
  if (request.round === undefined) {
    return { locale, batches: openDataPractices(viewer, query, locale), count: () => openDataCount(query, locale), fileStem: `practices-${locale}` }
  }
  const round = await closedRoundNamed(viewer, request.round, locale)
  if ('missing' in round) return { status: 404, message: round.missing }
  return {
    locale,
    batches: roundSnapshotPractices(viewer, round),
    count: () => roundSnapshotCount(round),
    round,
    fileStem: `practices-round-${fileSafe(round.name)}-${locale}`,
  }
}
