import type { Translations } from '@/i18n/translate'
import { cellText } from '@/view-models/compare/cell-text'
import type { Cell } from '@/view-models/compare/compare-rows'

/** Texts longer than this are cut at a word and linked to the practice page. */
const EXCERPT = 280

function excerpt(text: string): string | null {
  if (text.length <= EXCERPT) return null
  const cut = text.slice(0, EXCERPT)
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), EXCERPT / 2))}…`
}

/** One practice's answer in the comparison table; `more` links to the answer in full. */
export function CompareCell({ cell, t, more }: { cell: Cell; t: Translations<'compare'>; more: string }) {
  switch (cell.kind) {
    case 'unstated':
      return <span className="unstated">{t.notStated}</span>
    case 'presence':
      return cell.present ? (
        <>
          <span className="presence">
            <span aria-hidden="true">✓</span> {t.yes}
          </span>
          {cell.detail && <span className="presence-detail">{cell.detail}</span>}
        </>
      ) : (
        <span className="absence">
          <span aria-hidden="true">—</span> {t.no}
        </span>
      )
    case 'text': {
      const short = excerpt(cell.text)
      return (
        <>
          <span className="compare-text" lang={cell.lang}>
            {short ?? cell.text}
          </span>
          {short && (
            <a className="compare-more" href={more}>
              {t.readMore}
            </a>
          )}
        </>
      )
    }
    case 'scale':
      return (
        <span className="scale">
          {/* The steps of the scale, filled up to the practice's stage; the text says the same. */}
          <span className="scale-steps" aria-hidden="true">
            {cell.steps.map((step, i) => (
              <span key={step} className={i < cell.position ? 'scale-step reached' : 'scale-step'} />
            ))}
          </span>
          {cellText(cell, t)}
        </span>
      )
  }
}
