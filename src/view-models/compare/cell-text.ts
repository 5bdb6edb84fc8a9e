import type { Translations } from '@/i18n/translate'
import type { Cell } from './compare-rows'

/** A comparison cell as plain text, for the export and for screen readers. */
export function cellText(cell: Cell, t: Translations<'compare'>): string {
  switch (cell.kind) {
    case 'unstated':
      return t.notStated
    case 'presence':
      return cell.present ? [t.yes, cell.detail].filter(Boolean).join(': ') : t.no
    case 'text':
      return cell.text
    case 'scale':
      return `${cell.steps[cell.position - 1]} (${t.stageOf({ n: cell.position, total: cell.steps.length })})`
  }
}
