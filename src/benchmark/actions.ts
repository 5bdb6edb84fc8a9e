'use server'

import { redirect } from 'next/navigation'

import { assessmentInputSchema } from '@/benchmark/answers-schema'
import { parseAssessmentRef, refSegment } from '@/benchmark/assessment-ref'
import { formValuesFromForm, rawInputOf, type SaveState } from '@/benchmark/form-input'
import { inputErrors } from '@/benchmark/input-errors'
import { findAssessment, latestOwnAssessmentOf } from '@/benchmark/data/assessments'
import { createAssessment, setAssessmentSharing, updateAssessment, type SaveResult } from '@/benchmark/data/save'
import { requestViewer } from '@/benchmark/data/request-viewer'
import { payloadClient } from '@/data/payload-client'
import { translations } from '@/i18n/translations'
import { isLocale, type Locale } from '@/i18n/locales'
import { hitRateLimit } from '@/security/app-rate-limits'

const localeOf = (value: FormDataEntryValue | null): Locale => (typeof value === 'string' && isLocale(value) ? value : 'en')
const refOf = (value: FormDataEntryValue | null) => (typeof value === 'string' && value !== '' ? parseAssessmentRef(value) : null)

/**
 * Saves the assessment form: a new assessment, a change to one (`ref`), or a
 * new one that follows another (`from`). Validates with the framework's zod
 * schema, limits saves without an account per address, and on success goes to
 * the results; otherwise hands the form its values back with the reasons.
 */
export async function saveAssessment(previous: SaveState, form: FormData): Promise<SaveState> {
  const locale = localeOf(form.get('locale'))
  const t = translations(locale, 'benchmark')
  const { values, unknownFields } = formValuesFromForm(form)
  const fail = (errors: string[]): SaveState => ({ errors, values, attempt: previous.attempt + 1 })

  const parsed = assessmentInputSchema.safeParse(rawInputOf(values, unknownFields))
  if (!parsed.success) return fail(inputErrors(parsed.error, t, locale))
  const ref = refOf(form.get('ref'))
  const from = refOf(form.get('from'))
  if (form.get('ref') && !ref) return fail([t.errors.refused])

  const viewer = await requestViewer()
  if (!viewer.user) {
    const { allowed, retryAfter } = await hitRateLimit(await payloadClient(), 'anonymousBenchmarkSaves')
    if (!allowed) return fail([t.errors.rateLimited({ minutes: Math.ceil(retryAfter / 60) })])
  }

  let result: SaveResult
  try {
    if (ref) {
      const existing = await findAssessment(viewer, ref)
      result = existing ? await updateAssessment(viewer, ref, existing.id, parsed.data) : { ok: false, problem: 'refused' }
    } else {
      // A new assessment follows the one it copies (if the viewer may open it), or the viewer's last of the same practice.
      const source = from ? await findAssessment(viewer, from) : null
      if (from && !source) return fail([t.errors.refused])
      const follows = source?.id ?? (parsed.data.practice ? await latestOwnAssessmentOf(viewer, parsed.data.practice) : null)
      result = await createAssessment(viewer, parsed.data, follows)
    }
  } catch (error) {
    console.error('Saving an assessment failed:', error)
    return fail([t.errors.failed])
  }
  if (!result.ok) return fail(result.problem === 'refused' ? [t.errors.refused] : [t.errors.rejected, ...result.messages])
  redirect(`/${locale}/benchmark/${refSegment(result.ref)}?saved=1`)
}

/** Shares a signed-in coordinator's assessment with the coordinators of one of their countries, or stops sharing it. */
export async function shareAssessment(form: FormData): Promise<void> {
  const locale = localeOf(form.get('locale'))
  const ref = refOf(form.get('id'))
  if (ref?.door !== 'account') redirect(`/${locale}/benchmark`)
  const country = form.get('country')
  const viewer = await requestViewer()
  let shared = 'refused'
  try {
    const result = await setAssessmentSharing(viewer, ref.id, typeof country === 'string' && /^[A-Z]{2}$/.test(country) ? country : null)
    if (result.ok) shared = 'done'
  } catch (error) {
    console.error('Sharing an assessment failed:', error)
  }
  redirect(`/${locale}/benchmark/${ref.id}?shared=${shared}`)
}
