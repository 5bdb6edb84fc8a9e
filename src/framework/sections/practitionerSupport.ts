/** Framework section "Support for practitioners" (shared/seeds/002_*.txt). */
import { t } from '@/framework/text'
import type { Section } from '@/framework/types'
import { pickedAny } from './rules'

export const practitionerSupport = {
  key: 'practitionerSupport',
  title: t(
    'Support for practitioners',
    'Ondersteuning van loopbaanbegeleiders',
    'Soutien aux conseillers',
    'Unterstützung für Beratungsfachkräfte',
  ),
  questions: [
    {
      key: 'practitionerSupport',
      kind: 'multi',
      label: t(
        'Support for practitioners',
        'Ondersteuning van begeleiders',
        'Soutien aux conseillers',
        'Unterstützung für Fachkräfte',
      ),
      prompt: t(
        'What support is available for practitioners?',
        'Welke ondersteuning is er voor loopbaanbegeleiders?',
        'Quel soutien est proposé aux conseillers ?',
        'Welche Unterstützung steht Beratungsfachkräften zur Verfügung?',
      ),
      options: [
        {
          key: 'clientUse',
          label: t(
            'Helping clients use the service',
            'Cliënten helpen de dienst te gebruiken',
            'Aider les usagers à utiliser le service',
            'Ratsuchende bei der Nutzung unterstützen',
          ),
          source: 'What support is available for practitioners in helping clients to use the service?',
        },
        {
          key: 'integration',
          label: t(
            'Integrating the service in work with clients',
            'De dienst inbedden in het werk met cliënten',
            'Intégrer le service dans le travail avec les usagers',
            'Das Angebot in die Arbeit mit Ratsuchenden einbinden',
          ),
          source:
            'What support is available for practitioners to integrate the services in their work with clients?',
        },
        {
          key: 'cpd',
          label: t(
            'Continuous professional development tools',
            'Instrumenten voor professionalisering',
            'Outils de développement professionnel continu',
            'Instrumente zur beruflichen Weiterbildung',
          ),
          source:
            'What tools are available to support continuous professional development of the practitioners?',
        },
        {
          key: 'mutualLearning',
          label: t(
            'Mutual learning among practitioners',
            'Intervisie en leren van elkaar',
            'Apprentissage mutuel entre conseillers',
            'Gegenseitiges Lernen unter Fachkräften',
          ),
          source: 'What tools are available to support mutual learning among practitioners?',
        },
        {
          key: 'registries',
          label: t(
            'Links with administrative actions and client registries',
            'Koppeling met administratieve handelingen en cliëntregistratie',
            'Liens avec les démarches administratives et les registres des usagers',
            'Verknüpfung mit Verwaltungsabläufen und Klientenregistern',
          ),
          source: 'Potential links with administrative actions and client registries?',
        },
      ],
    },
  ],
  criteria: [
    {
      key: 'clientUse',
      label: t(
        'Practitioners are supported in helping clients use the service',
        'Begeleiders worden ondersteund om cliënten wegwijs te maken in de dienst',
        "Les conseillers sont aidés à accompagner les usagers dans l'utilisation du service",
        'Fachkräfte werden dabei unterstützt, Ratsuchenden die Nutzung zu erleichtern',
      ),
      rule: (p) => pickedAny(p, 'practitionerSupport', 'clientUse'),
    },
    {
      key: 'cpd',
      label: t(
        "Supports practitioners' continuous professional development",
        'Ondersteunt de professionalisering van begeleiders',
        'Soutient le développement professionnel continu des conseillers',
        'Unterstützt die berufliche Weiterbildung der Fachkräfte',
      ),
      rule: (p) => pickedAny(p, 'practitionerSupport', 'cpd'),
    },
    {
      key: 'mutualLearning',
      label: t(
        'Enables mutual learning among practitioners',
        'Maakt leren van elkaar tussen begeleiders mogelijk',
        "Favorise l'apprentissage mutuel entre conseillers",
        'Ermöglicht gegenseitiges Lernen unter Fachkräften',
      ),
      rule: (p) => pickedAny(p, 'practitionerSupport', 'mutualLearning'),
    },
  ],
} as const satisfies Section
