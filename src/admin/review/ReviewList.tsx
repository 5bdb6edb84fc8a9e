import type { AdminViewServerProps } from 'payload'
import type { ReactNode } from 'react'

import { ScrollTable } from '@/components/ScrollTable'
import { translations } from '@/i18n/translations'
import type { ListPage } from '@/view-models/review/queue-rows'
import { adminLocale } from '../admin-locale'
import { AdminTemplate } from '../AdminTemplate'
import { ListPager } from './ListPager'

interface Props {
  /** the admin view's own props: its frame, its language and who is signed in */
  view: AdminViewServerProps
  /** null when the list is not for this user */
  list: ListPage<unknown> | null
  path: string
  text: { title: string; intro: string; empty: string; caption: string; notForRole: string }
  columns: readonly string[]
  /** the table's body rows */
  children: ReactNode
}

/** A review list page in the admin's frame: its heading and introduction, then a table of one page of rows, or why there is none. */
export function ReviewList({ view, list, path, text, columns, children }: Props) {
  const { initPageResult, params, searchParams } = view
  const locale = adminLocale(initPageResult.req.i18n.language)
  const t = translations(locale, 'review')
  return (
    <AdminTemplate initPageResult={initPageResult} params={params} searchParams={searchParams}>
      <h1>{text.title}</h1>
      {!list && <p>{initPageResult.req.user ? text.notForRole : t.signIn}</p>}
      {list && <p>{text.intro}</p>}
      {list && list.total === 0 && <p>{text.empty}</p>}
      {list && list.total > 0 && (
        <div className="review-list">
          <ScrollTable caption={text.caption} columns={columns}>
            <tbody>{children}</tbody>
          </ScrollTable>
          <ListPager list={list} path={path} locale={locale} />
        </div>
      )}
    </AdminTemplate>
  )
}
