import type { AdminViewServerProps } from 'payload'

import { StackedBarChart } from '@/components/charts/StackedBarChart'
import { ScrollTable } from '@/components/ScrollTable'
import { countryNames } from '@/data/country-names'
import { coordinatorNames, practicesToVerify, progressCountries, roundProgress } from '@/data/round-progress'
import { messagesOf, translations } from '@/i18n/translations'
import { dayOf, now } from '@/rounds/round-day'
import { roundStatus } from '@/rounds/round-status'
import { progressSeries } from '@/view-models/rounds/progress-chart'
import { adminViewContext, recordIdIn } from '../admin-view'
import { AdminTemplate } from '../AdminTemplate'
import { RoundsIndex } from './RoundsIndex'
import { ToVerifyList } from './ToVerifyList'

/**
 * Admin views at /admin/round-progress (the rounds) and /admin/round-progress/:id (one round's progress): per country,
 * the practices to verify, confirmed, updated and overdue, as a chart and a table; admins also see each country's
 * coordinators; whoever may confirm (a coordinator: their countries) gets the practices still to verify, one click each.
 */
export async function RoundProgressView(props: AdminViewServerProps) {
  const { req, locale, viewer } = adminViewContext(props)
  const t = translations(locale, 'rounds')
  const frame = (children: React.ReactNode) => (
    <AdminTemplate {...props}>
      <div className="round-progress">{children}</div>
    </AdminTemplate>
  )
  const countries = progressCountries(viewer)
  if (countries !== null && countries.length === 0) return frame(<p>{t.progress.notForRole}</p>)
  const id = recordIdIn(props.params)
  if (id === undefined) return frame(<RoundsIndex payload={req.payload} viewer={viewer} locale={locale} />)

  const noRound = frame(<p>{t.progress.notFound({ id: String(props.params?.segments?.[1] ?? '') })}</p>)
  if (id === null) return noRound
  const round = await req.payload.findByID({ collection: 'rounds', id, depth: 0, overrideAccess: false, user: req.user, disableErrors: true })
  if (!round) return noRound
  const status = roundStatus(round)
  const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' })
  const deadline = dateFormat.format(new Date(round.deadline))
  const [progress, names, coordinators, toVerify] = await Promise.all([
    roundProgress(req.payload, viewer, id, dayOf(now())),
    countryNames(req.payload, locale),
    coordinatorNames(req.payload, viewer),
    status === 'open' ? practicesToVerify(req.payload, viewer, id, locale) : null,
  ])
  const countryName = (code: string) => names.get(code) ?? code
  const byName = [...progress].sort((a, b) => countryName(a.country).localeCompare(countryName(b.country), locale))
  const p = t.progress
  const total = progress.reduce((sum, c) => sum + c.toVerify + c.confirmed + c.updated, 0)
  const counts = [p.toVerify, p.confirmed, p.updated, p.overdue].map((label) => ({ label, numeric: true }))
  const columns = [p.country, ...counts, ...(coordinators.size > 0 ? [p.coordinators] : [])]
  return frame(
    <>
      <p>
        <a href="/admin/round-progress">{p.allRounds}</a>
      </p>
      <h1>{p.roundTitle({ name: round.name })}</h1>
      <p>{p.dates({ status: t.status[status], deadline })}</p>
      {status === 'planned' && <p>{p.notOpened}</p>}
      {status !== 'planned' && total === 0 && <p>{p.nothingMarked}</p>}
      {total > 0 && (
        <>
          <StackedBarChart
            title={p.chartTitle({ name: round.name })}
            labelHeading={p.country}
            series={progressSeries(byName, p, countryName)}
            sources={[]}
            locale={locale}
            numberFormat={{ style: 'unit', unit: 'percent', maximumFractionDigits: 0 }}
            texts={messagesOf(locale, 'chart')}
          />
          <ScrollTable caption={p.tableCaption({ n: total })} columns={columns}>
            <tbody>
              {byName.map((c) => (
                <tr key={c.country}>
                  <th scope="row">{countryName(c.country)}</th>
                  <td className="number">{c.toVerify}</td>
                  <td className="number">{c.confirmed}</td>
                  <td className="number">{c.updated}</td>
                  <td className="number">{c.overdue}</td>
                  {coordinators.size > 0 && <td>{coordinators.get(c.country)?.join(', ') ?? p.noCoordinator}</td>}
                </tr>
              ))}
            </tbody>
          </ScrollTable>
          <p>{p.overdueNote({ deadline })}</p>
        </>
      )}
      {toVerify && <ToVerifyList list={toVerify} countryName={countryName} locale={locale} />}
    </>,
  )
}
