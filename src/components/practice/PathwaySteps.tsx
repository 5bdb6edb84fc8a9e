import type { Practice } from '@/payload-types'
import { FallbackBadge } from './FallbackBadge'
import type { Reading } from '@/view-models/practice/reading'

type Step = NonNullable<Practice['pathway']>[number]

/** Steps (such as the referral pathway) as numbered steps, first step first, under the field's label. */
export function PathwaySteps({ fieldKey, label, steps, reading }: { fieldKey: string; label: string; steps: readonly Step[]; reading: Reading }) {
  const { t, langOf, fallbackIn } = reading
  return (
    <section aria-labelledby={fieldKey}>
      <h2 id={fieldKey}>
        {label} <FallbackBadge shown={fallbackIn(fieldKey)} t={t} />
      </h2>
      {/* role="list": Safari drops the list role of lists styled without markers. */}
      <ol className="pathway" role="list">
        {steps.map((step) => (
          <li key={step.id ?? step.title}>
            <h3 lang={langOf(`${fieldKey}.${step.id}.title`)}>{step.title}</h3>
            {step.actor && (
              <p className="meta">
                {t.who}: <span lang={langOf(`${fieldKey}.${step.id}.actor`)}>{step.actor}</span>
              </p>
            )}
            {step.description && <p lang={langOf(`${fieldKey}.${step.id}.description`)}>{step.description}</p>}
          </li>
        ))}
      </ol>
    </section>
  )
}
