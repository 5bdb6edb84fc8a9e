import type { AdminViewServerProps } from 'payload'

import { countryPractices, pageNumber } from '@/data/review-queue'
import type { Viewer } from '@/data/viewer'
import { translations } from '@/i18n/translations'
import { countryPracticeRow } from '@/view-models/review/queue-rows'
import { isWorkflowState } from '@/workflow/states'
import { adminLocale } from '../admin-locale'
import { ReviewList } from './ReviewList'

/** Admin view at /admin/my-practices: a coordinator's countries' practices with their state and open review comments. */
export async function CountryPracticesView(view: AdminViewServerProps) {
  const { req } = view.initPageResult
  const language = adminLocale(req.i18n.language)
  const t = translations(language, 'review')
  const states = translations(language, 'workflow').states
  const list = req.user ? await countryPractices(req.payload, { user: req.user } as Viewer, pageNumber(view.searchParams?.page), language) : null
  return (
    <ReviewList
      view={view}
      list={list}
      path="/admin/my-practices"
      text={{
        title: t.countryPracticesTitle,
        intro: t.countryPracticesIntro,
        empty: t.countryPracticesEmpty,
        caption: t.countryPracticesCaption,
        notForRole: t.notForRole({ role: t.coordinators }),
      }}
      columns={[t.practice, t.country, t.state, t.openComments, t.updatedAt, t.changes]}
    >
      {list?.rows.map((practice) => countryPracticeRow(practice, language)).map((row) => (
        <tr key={row.id}>
          <th scope="row" id={`country-practice-${row.id}`}>
            <a href={row.editHref}>{row.title}</a>
          </th>
          <td>{row.country}</td>
          <td>{isWorkflowState(row.state) ? states[row.state] : row.state}</td>
          <td>{row.openComments}</td>
          <td>{row.updatedOn}</td>
          <td>
            <a href={row.differenceHref} aria-describedby={`country-practice-${row.id}`}>
              {t.changes}
            </a>
          </td>
        </tr>
      ))}
    </ReviewList>
  )
}
