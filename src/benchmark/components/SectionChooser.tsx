import type { Locale } from '@/framework'
import { translations } from '@/i18n/translations'
import { SectionCheckboxes } from './SectionCheckboxes'

interface Props {
  locale: Locale
  /** the page to reload with the chosen sections */
  action: string
  chosen: readonly string[]
  /** query fields to keep, such as the practice or the assessment copied */
  keep: Record<string, string>
}

/** Shows the form with other sections: a plain GET form, so it needs no JavaScript. */
export function SectionChooser({ locale, action, chosen, keep }: Props) {
  const t = translations(locale, 'benchmark')
  return (
    <details className="section-chooser">
      <summary>{t.changeSections}</summary>
      <form method="get" action={action}>
        <p className="hint">{t.changeSectionsHelp}</p>
        {Object.entries(keep).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <SectionCheckboxes locale={locale} chosen={chosen} />
        <button type="submit">{t.showSections}</button>
      </form>
    </details>
  )
}
