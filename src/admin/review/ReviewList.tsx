import type { ReactNode } from 'react'

import type { Locale } from '@/framework/types'
import { translations } from '@/i18n/translations'
import type { ListPage } from '@/view-models/review/queue-rows'
import { ListPager } from './ListPager'

interface Props {
  /** null when the list is not for this user */
  list: ListPage<unknown> | null
  signedIn: boolean
  locale: Locale
  path: string
  text: { title: string; intro: string; empty: string; caption: string; notForRole: string }
  columns: readonly string[]
  /** the table's body rows */
  children: ReactNode
}

/** A review list page: its heading and introduction, then a table of one page of rows, or why there is none. */
export function ReviewList({ list, signedIn, locale, path, text, columns, children }: Props) {
  const t = translations(locale, 'review')
  return (
    <>
      <h1>{text.title}</h1>
      {!list && <p>{signedIn ? text.notForRole : t.signIn}</p>}
      {list && <p>{text.intro}</p>}
      {list && list.total === 0 && <p>{text.empty}</p>}
      {list && list.total > 0 && (
        <div className="review-list">
          <table>
            <caption>{text.caption}</caption>
            <thead>
              <tr>
                {columns.map((column) => (
                  <th key={column} scope="col">
                    {column}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>{children}</tbody>
          </table>
          <ListPager list={list} path={path} locale={locale} />
        </div>
      )}
    </>
  )
}
