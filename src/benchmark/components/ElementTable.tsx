import type { Locale } from '@/framework'
import { elementStateLabels } from '@/framework/scoring'
import type { SectionResult } from '@/benchmark/results'
import { shareOf } from '@/benchmark/criterion-prevalence'
import { translations } from '@/i18n/translations'
import { ScrollTable } from '@/components/ScrollTable'
import { Dash } from './Dash'
import { formatDate, formatPercent } from './format'

export interface PeerColumn {
  id: number
  title: string
}

interface Props {
  locale: Locale
  result: SectionResult
  /** the assessed practice's title, for the column of what its record says */
  practiceTitle: string | null
  peers: readonly PeerColumn[]
}

/** A section's elements, gaps first: the answer and target, how common the element is, and how the record and peers stand. */
export function ElementTable({ locale, result, practiceTitle, peers }: Props) {
  const t = translations(locale, 'benchmark')
  const caption = t.elementsCaption({ section: result.section.title[locale] })
  const verdict = (meets: boolean | null) => (meets === null ? <Dash meaning={t.noRule} /> : meets ? `✓ ${t.meets}` : `✗ ${t.lacks}`)
  const columns = [
    t.element,
    t.yourAnswer,
    t.targetLabel,
    t.inventory,
    ...(practiceTitle !== null ? [t.ofRecord({ title: practiceTitle })] : []),
    ...peers.map((peer) => peer.title),
  ]
  return (
    <ScrollTable caption={caption} className="element-table" columns={columns}>
      <tbody>
        {result.elements.map((e) => {
          const state = e.answer.state
          const share = e.prevalence && shareOf(e.prevalence)
          return (
            <tr key={e.element.key} className={state === 'achieved' ? undefined : 'gap'}>
              <th scope="row">
                {e.element.criterion.label[locale]}
                {e.answer.note && (
                  <p className="evidence">
                    <span className="evidence-label">{t.evidence}:</span> {e.answer.note}
                  </p>
                )}
              </th>
              <td>
                <span className={`state state-${state ?? 'none'}`}>{state ? elementStateLabels[state][locale] : t.notAssessed}</span>
                {e.previousState && <span className="before">{t.before({ state: elementStateLabels[e.previousState][locale] })}</span>}
              </td>
              <td>
                {e.answer.targetState ? (
                  <>
                    {elementStateLabels[e.answer.targetState][locale]}
                    {e.answer.targetDate && ` ${t.by({ date: formatDate(locale, e.answer.targetDate) })}`}
                    {e.target && <span className={`target-status target-${e.target}`}>{t.targetStatus[e.target]}</span>}
                  </>
                ) : (
                  <Dash meaning={t.noTarget} />
                )}
              </td>
              <td className="number">
                {e.prevalence ? (
                  <>
                    {t.share({ meeting: e.prevalence.meeting, total: e.prevalence.total })}
                    {share !== null && ` (${formatPercent(locale, share)})`}
                  </>
                ) : (
                  verdict(null)
                )}
              </td>
              {practiceTitle !== null && <td>{verdict(e.record)}</td>}
              {e.peers.map((peer) => (
                <td key={peer.id}>{verdict(peer.meets)}</td>
              ))}
            </tr>
          )
        })}
      </tbody>
    </ScrollTable>
  )
}
