import type { AdminViewServerProps } from 'payload'

import type { AccessUser } from '@/access/roles'
import { accessResult } from '@/access/where'
import { pageNumber, submittedPractices } from '@/data/review-queue'
import type { Viewer } from '@/data/viewer'
import { messagesOf, translations } from '@/i18n/translations'
import { reviewQueueRow } from '@/view-models/review/queue-rows'
import { adminLocale } from '../admin-locale'
import { WorkflowControls } from '../workflow/WorkflowControls'
import { ReviewList } from './ReviewList'

/** The steps a reviewer takes from the queue; 'submit' is not among them, so each has a plain confirmation. */
const reviewSteps = ['publish', 'requestChanges'] as const

/** Admin view at /admin/review: the practices submitted for review, the longest waiting first, for reviewers and admins. */
export async function ReviewQueueView(view: AdminViewServerProps) {
  const { req } = view.initPageResult
  const language = adminLocale(req.i18n.language)
  const t = translations(language, 'review')
  const list = req.user ? await submittedPractices(req.payload, { user: req.user } as Viewer, pageNumber(view.searchParams?.page), language) : null
  const now = new Date()
  const workflow = translations(language, 'workflow')
  const steps = reviewSteps
    .filter((name) => accessResult('practices', name, req.user as AccessUser | null) === true)
    .map((name) => ({ name, label: workflow.actions[name], next: workflow.next[name] }))
  return (
    <ReviewList
      view={view}
      list={list}
      path="/admin/review"
      text={{ title: t.queueTitle, intro: t.queueIntro, empty: t.queueEmpty, caption: t.queueCaption, notForRole: t.notForRole({ role: t.reviewers }) }}
      columns={[t.practice, t.country, t.submitter, t.submittedAt, t.daysWaiting, t.changes, t.actions]}
    >
      {list?.rows.map((practice) => reviewQueueRow(practice, now, language)).map((row) => (
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
            <WorkflowControls practiceId={row.id} stateLabel={workflow.states.submitted} steps={steps} t={messagesOf(language, 'workflow')} />
          </td>
        </tr>
      ))}
    </ReviewList>
  )
}
