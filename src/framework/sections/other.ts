/** Framework section "Other relevant information" (shared/seeds/002_*.txt). */
import { t } from '@/framework/text'
import type { Section } from '@/framework/types'
import { answered } from './rules'

export const other = {
  key: 'other',
  title: t(
    'Other relevant information',
    'Overige relevante informatie',
    'Autres informations utiles',
    'Weitere relevante Informationen',
  ),
  questions: [
    {
      key: 'otherInfo',
      kind: 'narrative',
      label: t('Other information', 'Overige informatie', 'Autres informations', 'Weitere Informationen'),
      prompt: t(
        'Other information which would help a reader to understand the practice better',
        'Andere informatie die de lezer helpt de praktijk beter te begrijpen',
        'Autres informations permettant au lecteur de mieux comprendre la pratique',
        'Weitere Informationen, die zum besseren Verständnis der Praxis beitragen',
      ),
    },
  ],
  criteria: [
    {
      key: 'context',
      label: t(
        'Further context is provided',
        'Er wordt bijkomende context gegeven',
        'Un contexte complémentaire est fourni',
        'Weiterer Kontext wird gegeben',
      ),
      rule: (p) => answered(p, 'otherInfo'),
    },
    {
      key: 'transferability',
      label: t(
        'Transferability to other contexts is discussed',
        'De overdraagbaarheid naar andere contexten wordt besproken',
        "La transférabilité vers d'autres contextes est examinée",
        'Die Übertragbarkeit auf andere Kontexte wird erörtert',
      ),
    },
  ],
} as const satisfies Section
