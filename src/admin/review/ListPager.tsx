import type { Locale } from '@/framework/types'
import { translations } from '@/i18n/translations'
import type { ListPage } from '@/view-models/review/queue-rows'

/** Previous and next links of a paged admin list (?page=n), with the page's position. */
export function ListPager({ list, path, locale }: { list: ListPage<unknown>; path: string; locale: Locale }) {
  if (list.pages <= 1) return null
  const t = translations(locale, 'review')
  return (
    <nav aria-label={t.pages} className="review-pager">
      {list.page > 1 && <a href={`${path}?page=${list.page - 1}`}>{t.previous}</a>}
      <span>{t.pageOf({ page: list.page, pages: list.pages })}</span>
      {list.page < list.pages && <a href={`${path}?page=${list.page + 1}`}>{t.next}</a>}
    </nav>
  )
}
