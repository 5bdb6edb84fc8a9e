import { AnswerProgress } from './AnswerProgress'
import { formatDate, formatPercent } from './format'
import { PrintButton } from './PrintButton'
import { PrivateLink } from './PrivateLink'
import { ProgressChart } from './ProgressChart'
import { ScoreTable } from './ScoreTable'
import { ScoringRule } from './ScoringRule'
import { SectionResults } from './SectionResults'
import { ShareForm } from './ShareForm'
import { StageScale } from './StageScale'
import { shareAssessment } from '@/benchmark/actions'
import { refSegment } from '@/benchmark/assessment-ref'
import { titleOf } from '@/benchmark/data/inventory'
import type { AssessmentReport } from '@/benchmark/data/report'
import { countriesOf, hasRole } from '@/access/roles'
import type { Viewer } from '@/data/viewer'
import { regionName } from '@/framework/language-names'
import type { Locale } from '@/framework/types'
import { translations } from '@/i18n/translations'

interface Props {
  locale: Locale
  report: AssessmentReport
  viewer: Viewer
  /** the site's origin, for the private link shown in full */
  origin: string
  /** what the page was reached after: a save, or a share done or refused */
  after: { saved: boolean; shared: 'done' | 'refused' | null }
}

/** The results of one assessment (the printable report), and what to do next. */
export function AssessmentReportView({ locale, report, viewer, origin, after }: Props) {
  const t = translations(locale, 'benchmark')
  const { ref, assessment, results, practice, previous } = report
  const path = `/${locale}/benchmark/${refSegment(ref)}`
  const practiceTitle = practice ? titleOf(practice, locale) : null
  const peers = report.peers.map((p) => ({ id: p.id, title: titleOf(p, locale) }))
  const user = viewer.user
  const ownedByViewer = user !== null && assessment.owner === user.id
  const shareCountries = ownedByViewer && hasRole(user, 'coordinator') ? countriesOf(user) : []

  return (
    <article className="assessment-report">
      <p className="no-print">
        <a href={`/${locale}/benchmark`}>← {t.backToStart}</a>
      </p>
      <h1>{assessment.name || practiceTitle || t.untitled({ date: formatDate(locale, assessment.createdAt) })}</h1>
      <p className="meta">
        {assessment.practice !== null && (
          <>
            {t.assessing}: {practiceTitle ?? t.notInInventory} ·{' '}
          </>
        )}
        {t.lastSaved({ date: formatDate(locale, assessment.updatedAt) })}
      </p>
      {after.saved && (
        <p className="status-message" role="status">
          {t.saved}
        </p>
      )}
      {after.shared && (
        <p className="status-message" role="status">
          {after.shared === 'done' ? t.sharedDone : t.shareRefused}
        </p>
      )}
      {user && !ownedByViewer && ref.door === 'account' && <p className="note">{t.ownedBy}</p>}
      {ref.door === 'link' && <PrivateLink locale={locale} url={`${origin}${path}`} />}
      <AnswerProgress t={t} answered={results.answered} total={results.total} />

      <section aria-labelledby="scores">
        <h2 id="scores">{t.scoresHeading}</h2>
        <p className="overall-score">
          {t.overall}: <strong>{results.overall === null ? t.notAssessedScore : formatPercent(locale, results.overall)}</strong>
        </p>
        <ScoreTable locale={locale} results={results} hasPrevious={previous !== null} />
      </section>
      <ScoringRule locale={locale} />

      {previous && (
        <section aria-labelledby="progress">
          <h2 id="progress">{t.progressHeading}</h2>
          <p>{t.progressIntro({ date: formatDate(locale, previous.updatedAt) })}</p>
          <ProgressChart locale={locale} results={results} previousDate={previous.updatedAt} />
        </section>
      )}

      <section aria-labelledby="stage">
        <h2 id="stage">{t.stageHeading}</h2>
        <StageScale locale={locale} stage={results.policyStage} previousStage={results.previousPolicyStage} />
      </section>

      <section aria-labelledby="section-results">
        <h2 id="section-results">{t.resultsHeading}</h2>
        <p>{t.gapsNote}</p>
        <p>{t.inventoryNote({ n: report.inventorySize })}</p>
        {results.sections.map((section) => (
          <SectionResults key={section.section.key} locale={locale} result={section} practiceTitle={practiceTitle} peers={peers} />
        ))}
      </section>

      <section aria-labelledby="next" className="no-print report-actions">
        <h2 id="next">{t.actionsHeading}</h2>
        <ul>
          <li>
            <a href={`${path}/edit`}>{t.editTitle}</a>
          </li>
          <li>
            <a href={`/${locale}/benchmark/new?from=${refSegment(ref)}`} aria-describedby="copy-help">
              {t.copy}
            </a>
            <p className="hint" id="copy-help">
              {t.copyHelp}
            </p>
          </li>
          <li>
            <a href={`${path}/results.csv`} download>
              {t.downloadCsv}
            </a>
          </li>
          <li>
            <a href={`${path}/results.json`} download>
              {t.downloadJson}
            </a>
          </li>
        </ul>
        <PrintButton label={t.print} />
        {shareCountries.length > 0 && (
          <section aria-labelledby="share">
            <h3 id="share">{t.shareHeading}</h3>
            <ShareForm
              locale={locale}
              assessmentId={assessment.id}
              countries={shareCountries.map((code) => ({ code, name: regionName(code)[locale] }))}
              sharedCountry={assessment.sharedCountry}
              action={shareAssessment}
            />
          </section>
        )}
      </section>
    </article>
  )
}
