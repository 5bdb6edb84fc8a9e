import type { TextFieldServerProps } from 'payload'

import { translations } from '@/i18n/translations'
import { adminLocale } from './admin-locale'
import { SourceSelect } from './SourceSelect'

/** An indicator's source: a choice among the practice's own sources, with its texts in the admin's language. */
export function SourceField({ clientField, path, readOnly, i18n }: TextFieldServerProps) {
  const t = translations(adminLocale(i18n.language), 'metrics')
  return <SourceSelect field={clientField} path={path} readOnly={readOnly} choose={t.chooseSource} none={t.noSources} />
}
