import { listedRecordFields } from '@/framework'
import type { Practice } from '@/payload-types'
import { Answer } from './Answer'
import { hasAnswer } from './answer-value'
import type { Reading } from '@/view-models/practice/reading'

/** The record fields outside the framework that the registry lists on the page (organisations, dates, status, type …). */
export function RecordList({ practice, reading }: { practice: Practice; reading: Reading }) {
  const values = practice as unknown as Record<string, unknown>
  return (
    <dl className="record">
      {listedRecordFields
        .filter((field) => hasAnswer(field, values[field.key]))
        .map((field) => (
          <div key={field.key}>
            <dt>{field.label[reading.locale]}</dt>
            <dd>
              <Answer question={field} value={values[field.key]} reading={reading} />
            </dd>
          </div>
        ))}
    </dl>
  )
}
