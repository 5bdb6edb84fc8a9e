import type { Locale } from '@/framework'
import type { AssessmentResults } from '@/benchmark/results'
import { translations } from '@/i18n/translations'
import { ScrollTable } from '@/components/ScrollTable'
import { Dash } from './Dash'
import { formatChange, formatPercent } from './format'

/** The score of each section and overall, with the previous assessment's beside it when there is one. */
export function ScoreTable({ locale, results, hasPrevious }: { locale: Locale; results: AssessmentResults; hasPrevious: boolean }) {
  const t = translations(locale, 'benchmark')
  const score = (value: number | null) => (value === null ? t.notAssessedScore : formatPercent(locale, value))
  const change = (now: number | null, before: number | null) =>
    now === null || before === null ? <Dash meaning={t.notAssessedScore} /> : formatChange(locale, now - before)
  const row = (r: { key: string; label: string; now: number | null; before: number | null; answered: number; total: number }, className?: string) => (
    <tr key={r.key} className={className}>
      <th scope="row">{r.label}</th>
      <td className="number">{score(r.now)}</td>
      <td className="number">{t.assessedOf({ answered: r.answered, total: r.total })}</td>
      {hasPrevious && (
        <>
          <td className="number">{score(r.before)}</td>
          <td className="number">{change(r.now, r.before)}</td>
        </>
      )}
    </tr>
  )
  const figures = [t.score, t.assessed, ...(hasPrevious ? [t.previousScore, t.change] : [])]
  const columns = [t.section, ...figures.map((label) => ({ label, numeric: true }))]
  return (
    <ScrollTable caption={t.scoresCaption} className="score-table" columns={columns}>
      <tbody>
        {results.sections.map((s) =>
          row({ key: s.section.key, label: s.section.title[locale], now: s.score, before: s.previousScore, answered: s.answered, total: s.total }),
        )}
      </tbody>
      <tfoot>
        {row({ key: 'overall', label: t.overall, now: results.overall, before: results.previousOverall, answered: results.answered, total: results.total }, 'total-row')}
      </tfoot>
    </ScrollTable>
  )
}
