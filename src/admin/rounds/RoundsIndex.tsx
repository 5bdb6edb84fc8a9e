import type { Payload } from 'payload'

import type { Viewer } from '@/data/viewer'
import type { Locale } from '@/framework/types'
import { translations } from '@/i18n/translations'
import { roundStatus } from '@/rounds/round-status'

/** The list at /admin/round-progress: every round the viewer may read, newest deadline first, each linking to its progress. */
export async function RoundsIndex({ payload, viewer, locale }: { payload: Payload; viewer: Viewer; locale: Locale }) {
  const t = translations(locale, 'rounds')
  const { docs } = await payload.find({ collection: 'rounds', sort: '-deadline', limit: 100, depth: 0, overrideAccess: false, user: viewer.user })
  const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' })
  return (
    <>
      <h1>{t.progress.title}</h1>
      <p>{t.progress.intro}</p>
      {docs.length === 0 && <p>{t.progress.noRounds}</p>}
      {docs.length > 0 && (
        <ul>
          {docs.map((round) => (
            <li key={round.id}>
              <a href={`/admin/round-progress/${round.id}`}>{round.name}</a>:{' '}
              {t.progress.dates({ status: t.status[roundStatus(round)], deadline: dateFormat.format(new Date(round.deadline)) })}
            </li>
          ))}
        </ul>
      )}
    </>
  )
}
