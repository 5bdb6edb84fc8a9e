import { OptionalChoices } from '@/components/OptionalChoices'
import { SectionCheckboxes } from './SectionCheckboxes'
import { formatDate } from './format'
import type { AssessmentListItem } from '@/benchmark/data/assessments'
import { titleOf, type BenchmarkInventory } from '@/benchmark/data/inventory'
import { practiceOptions } from '@/benchmark/view-models/practice-options'
import type { Viewer } from '@/data/viewer'
import type { Locale } from '@/framework/types'
import { translations } from '@/i18n/translations'

interface Props {
  locale: Locale
  viewer: Viewer
  inventory: BenchmarkInventory
  assessments: readonly AssessmentListItem[]
  /** the practice chosen before (an id), and whether the sections were left unchosen */
  chosenPractice: string
  sectionsMissing: boolean
}

/** Where an assessment starts: the viewer's assessments, the sections to assess and the practice that pre-fills it. */
export function BenchmarkStart({ locale, viewer, inventory, assessments, chosenPractice, sectionsMissing }: Props) {
  const t = translations(locale, 'benchmark')
  const titleOfId = (id: number | null) => {
    const practice = id === null ? undefined : inventory.byId.get(id)
    return practice ? titleOf(practice, locale) : null
  }

  return (
    <>
      <h1>{t.title}</h1>
      <p className="lead">{t.intro}</p>
      {viewer.user ? <p>{t.signedInNote({ who: viewer.user.name || viewer.user.email })}</p> : <p className="note">{t.anonymousNote}</p>}
      {assessments.length > 0 && (
        <section aria-labelledby="your-assessments">
          <h2 id="your-assessments">{t.yourAssessments}</h2>
          <ul className="assessment-list">
            {assessments.map((a) => (
              <li key={a.id}>
                <a href={`/${locale}/benchmark/${a.id}`}>{a.name || titleOfId(a.practice) || t.untitled({ date: formatDate(locale, a.updatedAt) })}</a>{' '}
                <span className="meta">
                  {t.lastSaved({ date: formatDate(locale, a.updatedAt) })}
                  {a.sharedWithMe && ` · ${t.sharedWithYou}`}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
      <form method="get" action={`/${locale}/benchmark/new`} className="start-form">
        <SectionCheckboxes locale={locale} chosen={[]} error={sectionsMissing ? t.chooseSections : undefined} />
        <p className="field">
          <label htmlFor="practice">{t.practiceLabel}</label>
          <select id="practice" name="practice" defaultValue={chosenPractice} aria-describedby="practice-help">
            <OptionalChoices none={t.noPractice} choices={practiceOptions(locale, inventory.practices).map(({ id, label }) => ({ value: id, label }))} />
          </select>
          <span className="hint" id="practice-help">
            {t.practiceHelp}
          </span>
        </p>
        <p className="buttons">
          <button type="submit">{t.startChosen}</button>{' '}
          <button type="submit" name="all" value="1">
            {t.startAll}
          </button>
        </p>
      </form>
    </>
  )
}
