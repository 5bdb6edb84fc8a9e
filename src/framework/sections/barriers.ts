/** Framework section "Difficulties or barriers" (shared/seeds/002_*.txt). */
import { t } from '@/framework/text'
import type { Section } from '@/framework/types'

export const barriers = {
  key: 'barriers',
  title: t(
    'Difficulties or barriers',
    'Moeilijkheden en belemmeringen',
    'Difficultés ou obstacles',
    'Schwierigkeiten oder Hindernisse',
  ),
  source: 'Difficulties or Barriers',
  questions: [
    {
      key: 'barriers',
      kind: 'multi',
      chart: 5,
      label: t('Barriers', 'Belemmeringen', 'Obstacles', 'Hindernisse'),
      prompt: t(
        'What difficulties or barriers to success have been experienced in the implementation of this practice or program, if any?',
        'Welke moeilijkheden of belemmeringen werden eventueel ondervonden bij de uitvoering van deze praktijk of dit programma?',
        'Quelles difficultés ou quels obstacles ont éventuellement été rencontrés dans la mise en œuvre de cette pratique ou de ce programme ?',
        'Welche Schwierigkeiten oder Hindernisse sind bei der Umsetzung dieser Praxis oder dieses Programms gegebenenfalls aufgetreten?',
      ),
      options: [
        {
          key: 'ictAccess',
          label: t(
            'Inadequate access to ICT',
            'Onvoldoende toegang tot ICT',
            'Accès insuffisant aux TIC',
            'Unzureichender Zugang zu IKT',
          ),
        },
        {
          key: 'information',
          label: t(
            'Inadequate access to information',
            'Onvoldoende toegang tot informatie',
            "Accès insuffisant à l'information",
            'Unzureichender Zugang zu Informationen',
          ),
        },
        {
          key: 'skills',
          label: t(
            'Inadequate skills and competences',
            'Ontoereikende vaardigheden en competenties',
            'Compétences insuffisantes',
            'Unzureichende Fähigkeiten und Kompetenzen',
          ),
        },
        {
          key: 'integration',
          label: t(
            'Inadequate integration of services',
            'Onvoldoende integratie van diensten',
            'Intégration insuffisante des services',
            'Unzureichende Verzahnung der Angebote',
          ),
        },
      ],
    },
  ],
  criteria: [
    {
      key: 'barriersAnalysed',
      label: t(
        'Difficulties are analysed and acted upon',
        'Moeilijkheden worden geanalyseerd en aangepakt',
        'Les difficultés sont analysées et traitées',
        'Schwierigkeiten werden analysiert und angegangen',
      ),
    },
    {
      key: 'skillsSupported',
      label: t(
        'Users lacking digital skills are supported',
        'Gebruikers met beperkte digitale vaardigheden krijgen ondersteuning',
        'Les usagers aux compétences numériques limitées sont accompagnés',
        'Nutzende mit geringen digitalen Kompetenzen werden unterstützt',
      ),
    },
  ],
} as const satisfies Section
