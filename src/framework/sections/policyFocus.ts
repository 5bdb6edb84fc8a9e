/** Framework section "Policy/Strategy focus" (shared/seeds/002_*.txt). */
import { t } from '@/framework/text'
import type { Section } from '@/framework/types'
import { answered, chosen } from './rules'

export const policyFocus = {
  key: 'policyFocus',
  title: t(
    'Policy/Strategy focus',
    'Beleids- en strategische focus',
    'Orientation politique et stratégique',
    'Politischer und strategischer Schwerpunkt',
  ),
  questions: [
    {
      key: 'policyStage',
      kind: 'single',
      facet: { param: 'stage', position: 4 },
      ordered: true,
      label: t('Policy stage', 'Beleidsfase', 'Stade de la politique', 'Entwicklungsstufe'),
      prompt: t(
        'What is the main focus of the use of ICT in national lifelong guidance strategies?',
        'Wat is de belangrijkste focus van het gebruik van ICT in de nationale strategieën voor levenslange loopbaanbegeleiding?',
        "Quel est l'axe principal de l'utilisation des TIC dans les stratégies nationales d'orientation tout au long de la vie ?",
        'Worauf liegt der Schwerpunkt der IKT-Nutzung in den nationalen Strategien für lebensbegleitende Beratung?',
      ),
      options: [
        {
          key: 'gathering',
          label: t(
            'Gathering and publishing information',
            'Informatie verzamelen en publiceren',
            "Collecter et publier l'information",
            'Informationen sammeln und veröffentlichen',
          ),
        },
        {
          key: 'developing',
          label: t(
            'Developing the use of ICT',
            'Het gebruik van ICT ontwikkelen',
            "Développer l'utilisation des TIC",
            'Die Nutzung von IKT entwickeln',
          ),
        },
        {
          key: 'maximising',
          label: t(
            'Maximising the use of ICT',
            'Het gebruik van ICT maximaliseren',
            "Maximiser l'utilisation des TIC",
            'Die Nutzung von IKT maximieren',
          ),
        },
        {
          key: 'systematising',
          label: t(
            'Systematising the use of ICT',
            'Het gebruik van ICT systematiseren',
            "Systématiser l'utilisation des TIC",
            'Die Nutzung von IKT systematisieren',
          ),
        },
      ],
    },
    {
      key: 'eGovernance',
      kind: 'narrative',
      label: t(
        'Link to e-Governance',
        'Band met e-overheid',
        "Lien avec l'administration électronique",
        'Bezug zu E-Government',
      ),
      prompt: t(
        'What is the connection of the service in national e-Governance strategies and other e-Services for citizens?',
        'Hoe is de dienst verbonden met nationale strategieën voor e-overheid en andere e-diensten voor burgers?',
        "Quel est le lien du service avec les stratégies nationales d'administration électronique et les autres services en ligne destinés aux citoyens ?",
        'Wie ist der Dienst mit nationalen E-Government-Strategien und anderen E-Services für Bürgerinnen und Bürger verbunden?',
      ),
    },
  ],
  criteria: [
    {
      key: 'maximised',
      label: t(
        'ICT use is maximised or systematised',
        'Het gebruik van ICT wordt gemaximaliseerd of gesystematiseerd',
        "L'utilisation des TIC est maximisée ou systématisée",
        'Die IKT-Nutzung wird maximiert oder systematisiert',
      ),
      rule: (p) => chosen(p, 'policyStage', 'maximising', 'systematising'),
    },
    {
      key: 'eGovernance',
      label: t(
        'Connected to national e-Governance strategies',
        'Verbonden met nationale strategieën voor e-overheid',
        "Relié aux stratégies nationales d'administration électronique",
        'Mit nationalen E-Government-Strategien verbunden',
      ),
      rule: (p) => answered(p, 'eGovernance'),
    },
    {
      key: 'nationalStrategy',
      label: t(
        'Part of a national lifelong guidance strategy',
        'Onderdeel van een nationale strategie voor levenslange loopbaanbegeleiding',
        "Fait partie d'une stratégie nationale d'orientation tout au long de la vie",
        'Teil einer nationalen Strategie für lebensbegleitende Beratung',
      ),
    },
  ],
} as const satisfies Section
