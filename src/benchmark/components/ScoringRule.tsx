import type { Locale } from '@/framework'
import { scoringRule } from '@/framework/scoring'
import { translations } from '@/i18n/translations'

/** The scoring rule, as the framework states it, so that everyone reads how their score was computed. */
export function ScoringRule({ locale }: { locale: Locale }) {
  const t = translations(locale, 'benchmark')
  return (
    <section aria-labelledby="scoring-rule" className="scoring-rule">
      <h2 id="scoring-rule">{t.scoringHeading}</h2>
      <p>{scoringRule.explanation[locale]}</p>
    </section>
  )
}
