import type { Translations } from '@/i18n/translate'

/** Says in words and a sign whether the practices agree on a row; the row's shading repeats it. */
export function AgreementMark({ same, t }: { same: boolean; t: Translations<'compare'> }) {
  return same ? (
    <span className="agreement same">
      <span aria-hidden="true">=</span> {t.same}
    </span>
  ) : (
    <span className="agreement differs">
      <span aria-hidden="true">≠</span> {t.differs}
    </span>
  )
}
