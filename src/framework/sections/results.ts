/** Framework section "Key results or outcomes" (shared/seeds/002_*.txt). */
import { t } from '@/framework/text'
import type { Section } from '@/framework/types'
import { answered } from './rules'

export const results = {
  key: 'results',
  title: t(
    'Key results or outcomes',
    'Belangrijkste resultaten',
    'Principaux résultats',
    'Wichtigste Ergebnisse und Wirkungen',
  ),
  questions: [
    {
      key: 'achievements',
      kind: 'narrative',
      label: t('Achievements', 'Verwezenlijkingen', 'Réalisations', 'Erfolge'),
      prompt: t(
        'What have been the main achievements or outcomes of this practice or programme to date?',
        'Wat zijn tot nu toe de belangrijkste verwezenlijkingen of resultaten van deze praktijk of dit programma?',
        "Quels sont à ce jour les principales réalisations ou les principaux résultats de cette pratique ou de ce programme ?",
        'Was sind die bisher wichtigsten Erfolge oder Ergebnisse dieser Praxis oder dieses Programms?',
      ),
    },
    {
      key: 'efficiencyGains',
      kind: 'narrative',
      label: t('Efficiency gains', 'Efficiëntiewinst', "Gains d'efficience", 'Effizienzgewinne'),
      prompt: t(
        'Potential increased efficiency in the service provision?',
        'Mogelijke efficiëntiewinst in de dienstverlening?',
        "Gains d'efficience possibles dans la prestation de services ?",
        'Mögliche Effizienzsteigerungen in der Leistungserbringung?',
      ),
    },
    {
      key: 'socialReturn',
      kind: 'narrative',
      label: t(
        'Social return on investment',
        'Maatschappelijk rendement',
        "Retour social sur investissement",
        'Gesellschaftliche Rendite',
      ),
      prompt: t(
        'Any evidence on the social return of investment in career services?',
        'Zijn er aanwijzingen over het maatschappelijk rendement van investeringen in loopbaanbegeleiding?',
        "Existe-t-il des données sur le retour social de l'investissement dans les services d'orientation ?",
        'Gibt es Belege für die gesellschaftliche Rendite von Investitionen in Beratungsangebote?',
      ),
    },
    {
      key: 'indicators',
      kind: 'indicators',
      label: t('Measured results', 'Gemeten resultaten', 'Résultats mesurés', 'Gemessene Ergebnisse'),
      prompt: t(
        'Which figures document the use and results of the practice (with their source)?',
        'Welke cijfers tonen het gebruik en de resultaten van de praktijk aan (met bron)?',
        "Quels chiffres documentent l'utilisation et les résultats de la pratique (avec leur source) ?",
        'Welche Zahlen belegen Nutzung und Ergebnisse der Praxis (mit Quelle)?',
      ),
    },
  ],
  criteria: [
    {
      key: 'measured',
      label: t(
        'Publishes measured results',
        'Publiceert gemeten resultaten',
        'Publie des résultats mesurés',
        'Veröffentlicht gemessene Ergebnisse',
      ),
      rule: (p) => p.indicators.length > 0,
    },
    {
      key: 'sourced',
      label: t(
        'Every figure has a source',
        'Elk cijfer heeft een bron',
        'Chaque chiffre a une source',
        'Jede Zahl hat eine Quelle',
      ),
      rule: (p) => p.indicators.length > 0 && p.indicators.every((i) => i.source.trim() !== ''),
    },
    {
      key: 'overTime',
      label: t(
        'Results are reported for more than one period',
        'Resultaten worden over meer dan één periode gerapporteerd',
        "Les résultats portent sur plus d'une période",
        'Ergebnisse liegen für mehr als einen Zeitraum vor',
      ),
      rule: (p) => new Set(p.indicators.map((i) => i.period)).size >= 2,
    },
    {
      key: 'socialReturn',
      label: t(
        'Evidence on social return on investment',
        'Onderbouwing van het maatschappelijk rendement',
        'Données sur le retour social sur investissement',
        'Belege für die gesellschaftliche Rendite',
      ),
      rule: (p) => answered(p, 'socialReturn'),
    },
  ],
} as const satisfies Section
