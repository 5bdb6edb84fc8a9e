import type { AdminViewServerProps } from 'payload'

import { readMetricVocabulary } from '@/data/metrics'
import { practiceVersions } from '@/data/practice-versions'
import type { Viewer } from '@/data/viewer'
import { translations } from '@/i18n/translations'
import { textIn } from '@/view-models/review/field-changes'
import { practiceDifference } from '@/view-models/review/practice-difference'
import { recordId } from '@/url-state/record-id'
import { DifferenceTables } from '@/components/history/DifferenceTables'
import { adminLocale } from '../admin-locale'
import { AdminTemplate } from '../AdminTemplate'

/** The practice number in /admin/review/:id, or null when it is not one. */
const practiceIdIn = (segments: unknown): number | null => (Array.isArray(segments) ? recordId(segments[1]) : null)

/**
 * Admin view at /admin/review/:id: what a practice's draft changes compared with its published version, by
 * framework section, in the admin's language. Whoever may read the practice's versions may open it.
 */
export async function DifferenceView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req } = initPageResult
  const language = adminLocale(req.i18n.language)
  const t = translations(language, 'review')
  const id = practiceIdIn(params?.segments)
  const viewer = { user: req.user } as Viewer
  const versions = req.user && id !== null ? await practiceVersions(req.payload, viewer, id) : null
  const difference = versions ? practiceDifference(versions.draft, versions.published, language, await readMetricVocabulary(req.payload, viewer)) : null
  return (
    <AdminTemplate initPageResult={initPageResult} params={params} searchParams={searchParams}>
        {!req.user && <p>{t.signIn}</p>}
        {req.user && (!versions || !difference) && <p>{t.notFound({ id: String(params?.segments?.[1] ?? '') })}</p>}
        {versions && difference && (
          <>
            <h1>{t.differenceTitle({ title: textIn(versions.draft.title, language) })}</h1>
            <p>{t.differenceIntro}</p>
            {difference.firstPublication && <p>{t.firstPublication}</p>}
            <p>
              <strong>{difference.changedFields === 0 ? t.noChanges : t.changedFields({ n: difference.changedFields })}</strong>
            </p>
            <p>
              <a href={`/admin/collections/practices/${versions.id}`}>{t.openInEditor}</a>
            </p>
            <DifferenceTables difference={difference} locale={language} columns={t} level={2} />
          </>
        )}
    </AdminTemplate>
  )
}
