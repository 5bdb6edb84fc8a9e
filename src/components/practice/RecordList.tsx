import { languageName } from '../../framework/language-names'
import { contextOptions, domainOptions, lifecycleOptions, modalityOptions, practiceTypeOptions } from '../../framework/record'
import type { Option } from '../../framework/types'
import type { Organisation, Practice } from '../../payload-types'
import { optionLabelIn } from './option-labels'
import type { Reading } from './reading'

const names = (orgs: Practice['originators']) => (orgs ?? []).map((o) => (typeof o === 'object' ? (o as Organisation).name : String(o)))

/** The record fields outside the framework (organisations, dates, status, type, original language …). */
export function RecordList({ practice, reading }: { practice: Practice; reading: Reading }) {
  const { locale, t } = reading
  const labels = (options: readonly Option[], keys: readonly string[] | null | undefined) => (keys ?? []).map((k) => optionLabelIn(options, k, locale))
  const one = (value: string | null | undefined) => (value ? [value] : [])
  const entries: [string, string[]][] = [
    [t.originators, names(practice.originators)],
    [t.operators, names(practice.operators)],
    [t.partners, names(practice.partners)],
    [t.launchDate, one(practice.launchDate && new Date(practice.launchDate).toLocaleDateString(locale, { dateStyle: 'long' }))],
    [t.status, labels(lifecycleOptions, one(practice.lifecycle))],
    [t.modality, labels(modalityOptions, one(practice.modality))],
    [t.context, labels(contextOptions, practice.contexts)],
    [t.type, labels(practiceTypeOptions, practice.practiceTypes)],
    [t.domains, labels(domainOptions, practice.domains)],
    [t.originalLanguage, [languageName(practice.originalLanguage)[locale]]],
  ]
  return (
    <dl className="record">
      {entries
        .filter(([, values]) => values.length > 0)
        .map(([term, values]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>
              {values.length === 1 ? (
                values[0]
              ) : (
                <ul>
                  {values.map((value) => (
                    <li key={value}>{value}</li>
                  ))}
                </ul>
              )}
            </dd>
          </div>
        ))}
    </dl>
  )
}
