import { notFound } from 'next/navigation'

import type { Locale } from '@/i18n/locales'
import { localeParams, type LocalePageProps } from '@/i18n/page-props'
import { parseAssessmentRef, type AssessmentRef } from './assessment-ref'

/** The route of a page about one assessment (/{locale}/benchmark/{ref}/…). */
export type AssessmentPageProps = LocalePageProps<{ ref: string }>

/** The locale and the assessment an assessment page's address names; a 404 when either is not one. */
export async function assessmentPageParams(params: AssessmentPageProps['params']): Promise<{ locale: Locale; ref: AssessmentRef }> {
  const { locale, ref: segment } = await localeParams(params)
  return { locale, ref: parseAssessmentRef(segment) ?? notFound() }
}
