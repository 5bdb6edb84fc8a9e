import type { AdminViewServerProps } from 'payload'

import { readMetricVocabulary } from '@/data/metrics'
import { practiceVersions } from '@/data/practice-versions'
import { translations } from '@/i18n/translations'
import { textIn } from '@/view-models/review/field-changes'
import { practiceDifference } from '@/view-models/review/practice-difference'
import { DifferenceTables } from '@/components/history/DifferenceTables'
import { adminViewContext, recordIdIn } from '../admin-view'
import { AdminTemplate } from '../AdminTemplate'

/**
 * Admin view at /admin/review/:id: what a practice's draft changes compared with its published version, by
 * framework section, in the admin's language. Whoever may read the practice's versions may open it.
 */
export async function DifferenceView(props: AdminViewServerProps) {
  const { req, locale: language, viewer } = adminViewContext(props)
  const t = translations(language, 'review')
  const id = recordIdIn(props.params)
  const versions = req.user && id != null ? await practiceVersions(req.payload, viewer, id) : null
  const difference = versions ? practiceDifference(versions.draft, versions.published, language, await readMetricVocabulary(req.payload, viewer)) : null
  return (
    <AdminTemplate {...props}>
        {!req.user && <p>{t.signIn}</p>}
        {req.user && (!versions || !difference) && <p>{t.notFound({ id: String(props.params?.segments?.[1] ?? '') })}</p>}
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
