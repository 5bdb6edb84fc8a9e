import type { Locale } from '@/framework'
import { assessableSections } from '@/benchmark/elements'
import { translations } from '@/i18n/translations'

/** The framework's sections to choose from, each with its number of elements. */
export function SectionCheckboxes({ locale, chosen, error }: { locale: Locale; chosen: readonly string[]; error?: string }) {
  const t = translations(locale, 'benchmark')
  return (
    <fieldset className="section-choices" aria-describedby={error ? 'sections-help sections-error' : 'sections-help'}>
      <legend>{t.sectionsLegend}</legend>
      <p className="hint" id="sections-help">
        {t.sectionsHelp}
      </p>
      {error && (
        <p className="field-error" id="sections-error" role="alert">
          {error}
        </p>
      )}
      <ul>
        {assessableSections.map((section) => (
          <li key={section.key}>
            <label>
              <input type="checkbox" name="sections" value={section.key} defaultChecked={chosen.includes(section.key)} /> {section.title[locale]}{' '}
              <span className="count">({t.elementCount({ n: section.criteria.length })})</span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  )
}
