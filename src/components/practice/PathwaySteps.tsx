import type { Practice } from '@/payload-types'
import { FallbackBadge } from './FallbackBadge'
import type { Reading } from '@/view-models/practice/reading'

type Step = NonNullable<Practice['pathway']>[number]

/** The referral pathway as numbered steps, first step first. */
export function PathwaySteps({ steps, reading }: { steps: readonly Step[]; reading: Reading }) {
  const { t, langOf, fallbackIn } = reading
  return (
    <section aria-labelledby="pathway">
      <h2 id="pathway">
        {t.pathway} <FallbackBadge shown={fallbackIn('pathway')} t={t} />
      </h2>
      {/* role="list": Safari drops the list role of lists styled without markers. */}
      <ol className="pathway" role="list">
        {steps.map((step) => (
          <li key={step.id ?? step.title}>
            <h3 lang={langOf(`pathway.${step.id}.title`)}>{step.title}</h3>
            {step.actor && (
              <p className="meta">
                {t.who}: <span lang={langOf(`pathway.${step.id}.actor`)}>{step.actor}</span>
              </p>
            )}
            {step.description && <p lang={langOf(`pathway.${step.id}.description`)}>{step.description}</p>}
          </li>
        ))}
      </ol>
    </section>
  )
}
