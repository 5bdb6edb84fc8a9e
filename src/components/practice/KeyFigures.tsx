import { groupTitle, labelHeading } from '@/view-models/practice/group-chart'
import { formatIndicatorValue } from '@/view-models/practice/indicator-format'
import { indicatorText } from '@/view-models/practice/indicator-figures'
import type { IndicatorGroup } from '@/view-models/practice/indicator-groups'
import type { Reading } from '@/view-models/practice/reading'
import { SourceCitation } from './SourceCitation'

/** Groups with a single row (one period, or one category): their figures, each with its source. */
export function KeyFigures({ groups, reading }: { groups: readonly IndicatorGroup[]; reading: Reading }) {
  const { locale, langOf, t } = reading
  return (
    <dl className="key-figures">
      {groups.map((group) => {
        const row = group.rows[0]!
        const category = group.kind === 'breakdown' ? row.figures[0]! : null
        return (
          <div key={group.key}>
            <dt>
              {groupTitle(group, reading)}
              {category && (
                <span className="key-figure-category">
                  {labelHeading(group, reading)}:{' '}
                  <span lang={langOf(indicatorText(category, 'category'))}>{row.label}</span>
                </span>
              )}
            </dt>
            {row.cells.map((cell, i) => {
              const column = group.columns[i]!
              if (!cell) return null
              const cited = column.source === null ? [...new Set(row.figures.map((f) => f.source))] : [cell.source]
              return (
                <dd key={column.key}>
                  <strong className="key-figure-value">{formatIndicatorValue(cell.value, group.unit, locale)}</strong>
                  {column.label && (
                    <>
                      {' '}
                      <span lang={langOf(indicatorText(cell, 'label'))}>{column.label}</span>
                    </>
                  )}{' '}
                  <span className="meta">
                    (
                    {cited.map((key, n) => (
                      <span key={key}>
                        {n > 0 && '; '}
                        <SourceCitation sourceKey={key} reading={reading} />
                      </span>
                    ))}
                    )
                  </span>
                </dd>
              )
            })}
            {group.conflict && <dd className="chart-note">{t.conflictNote}</dd>}
          </div>
        )
      })}
    </dl>
  )
}
