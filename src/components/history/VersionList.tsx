import { Pagination } from '@/components/Pagination'
import { TableHead } from '@/components/TableHead'
import type { PracticeHistory } from '@/data/practice-history'
import type { Locale } from '@/framework/types'
import { translations } from '@/i18n/translations'
import { versionPath } from '@/view-models/history/citation'
import { formatDay } from '@/view-models/practice/record-values'

/** One page of a practice's published versions, newest first, each linking to its stable page, with the round it was verified in. */
export function VersionList({ locale, history }: { locale: Locale; history: PracticeHistory }) {
  const t = translations(locale, 'history')
  const historyPath = `/${locale}/practices/${history.slug}/history`
  return (
    <>
      <table className="version-list">
        <caption>{t.versionsCaption}</caption>
        <TableHead columns={[t.version, t.published, t.round]} />
        <tbody>
          {history.versions.map((v) => (
            <tr key={v.n}>
              <th scope="row">
                <a href={versionPath(locale, history.slug, v.n)}>{v.n === history.total ? t.current({ version: t.versionN({ n: v.n }) }) : t.versionN({ n: v.n })}</a>
              </th>
              <td>{formatDay(v.publishedAt, locale)}</td>
              <td>{v.round ?? '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <Pagination label={t.pages} texts={t} page={history.page} pages={history.pages} href={(page) => (page === 1 ? historyPath : `${historyPath}?page=${page}`)} />
    </>
  )
}
