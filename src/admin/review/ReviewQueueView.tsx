import type { AdminViewServerProps } from 'payload'

import { pageNumber, submittedPractices } from '@/data/review-queue'
import type { Viewer } from '@/data/viewer'
import { messagesOf, translations } from '@/i18n/translations'
import { reviewQueueRow } from '@/view-models/review/queue-rows'
import { adminLocale } from '../admin-locale'
import { AdminTemplate } from '../AdminTemplate'
import { ListPager } from './ListPager'
import { QueueActions, type ReviewStep } from './QueueActions'

const reviewSteps: readonly ReviewStep[] = ['publish', 'requestChanges']

/** Admin view at /admin/review: the practices submitted for review, the longest waiting first, for reviewers and admins. */
export async function ReviewQueueView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req } = initPageResult
  const language = adminLocale(req.i18n.language)
  const t = translations(language, 'review')
  const list = req.user ? await submittedPractices(req.payload, { user: req.user } as Viewer, pageNumber(searchParams?.page), language) : null
  const now = new Date()
  return (
    <AdminTemplate initPageResult={initPageResult} params={params} searchParams={searchParams}>
      <h1>{t.queueTitle}</h1>
      {!list && <p>{req.user ? t.notForRole({ role: t.reviewers }) : t.signIn}</p>}
      {list && (
        <>
          <p>{t.queueIntro}</p>
          {list.total === 0 ? (
            <p>{t.queueEmpty}</p>
          ) : (
            <div className="review-list">
              <table>
                <caption>{t.queueCaption}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t.practice}</th>
                    <th scope="col">{t.country}</th>
                    <th scope="col">{t.submitter}</th>
                    <th scope="col">{t.submittedAt}</th>
                    <th scope="col">{t.daysWaiting}</th>
                    <th scope="col">{t.changes}</th>
                    <th scope="col">{t.actions}</th>
                  </tr>
                </thead>
                <tbody>
                  {list.rows.map((practice) => reviewQueueRow(practice, now, language)).map((row) => (
                    <tr key={row.id}>
                      <th scope="row" id={`queue-practice-${row.id}`}>
                        <a href={row.editHref}>{row.title}</a>
                      </th>
                      <td>{row.country}</td>
                      <td>{row.submitter ?? '–'}</td>
                      <td>{row.submittedOn ?? '–'}</td>
                      <td>{row.daysWaiting === null ? '–' : t.days({ n: row.daysWaiting })}</td>
                      <td>
                        <a href={row.differenceHref} aria-describedby={`queue-practice-${row.id}`}>
                          {t.showChanges({ n: row.changedFields })}
                        </a>
                      </td>
                      <td>
                        <QueueActions practiceId={row.id} describedBy={`queue-practice-${row.id}`} steps={reviewSteps} locale={language} messages={messagesOf(language, 'workflow')} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <ListPager list={list} path="/admin/review" locale={language} />
            </div>
          )}
        </>
      )}
    </AdminTemplate>
  )
}
