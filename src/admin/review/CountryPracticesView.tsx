import type { AdminViewServerProps } from 'payload'

import { countryPractices, pageNumber } from '@/data/review-queue'
import type { Viewer } from '@/data/viewer'
import { translations } from '@/i18n/translations'
import { isWorkflowState } from '@/workflow/states'
import { countryPracticeRow } from '@/view-models/review/queue-rows'
import { adminLocale } from '../admin-locale'
import { AdminTemplate } from '../AdminTemplate'
import { ListPager } from './ListPager'

/** Admin view at /admin/my-practices: a coordinator's countries' practices with their state and open review comments. */
export async function CountryPracticesView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req } = initPageResult
  const language = adminLocale(req.i18n.language)
  const t = translations(language, 'review')
  const states = translations(language, 'workflow').states
  const list = req.user ? await countryPractices(req.payload, { user: req.user } as Viewer, pageNumber(searchParams?.page), language) : null
  return (
    <AdminTemplate initPageResult={initPageResult} params={params} searchParams={searchParams}>
      <h1>{t.countryPracticesTitle}</h1>
      {!list && <p>{req.user ? t.notForRole({ role: t.coordinators }) : t.signIn}</p>}
      {list && (
        <>
          <p>{t.countryPracticesIntro}</p>
          {list.total === 0 ? (
            <p>{t.countryPracticesEmpty}</p>
          ) : (
            <div className="review-list">
              <table>
                <caption>{t.countryPracticesCaption}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t.practice}</th>
                    <th scope="col">{t.country}</th>
                    <th scope="col">{t.state}</th>
                    <th scope="col">{t.openComments}</th>
                    <th scope="col">{t.updatedAt}</th>
                    <th scope="col">{t.changes}</th>
                  </tr>
                </thead>
                <tbody>
                  {list.rows.map((practice) => countryPracticeRow(practice, language)).map((row) => (
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
                </tbody>
              </table>
              <ListPager list={list} path="/admin/my-practices" locale={language} />
            </div>
          )}
        </>
      )}
    </AdminTemplate>
  )
}
