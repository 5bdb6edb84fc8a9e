import type { TextFieldServerProps } from 'payload'

import { translations } from '@/i18n/translations'
import { adminLocale } from './admin-locale'
import { KeySelectField } from './KeySelectField'
import { metricChoices } from './metric-choices'

/** An indicator's metric: a choice among the metrics of the vocabulary this user may use. */
export async function MetricField({ clientField, path, readOnly, req, i18n }: TextFieldServerProps) {
  const locale = adminLocale(i18n.language)
  const options = await metricChoices(req, locale)
  return <KeySelectField field={clientField} path={path} readOnly={readOnly} options={options} placeholder={translations(locale, 'metrics').chooseMetric} />
}
