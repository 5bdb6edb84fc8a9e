/** Framework section "Support for citizens" (shared/seeds/002_*.txt). */
import { t } from '@/framework/text'
import type { Section } from '@/framework/types'
import { pickedAny } from './rules'

export const citizenSupport = {
  key: 'citizenSupport',
  title: t(
    'Support for citizens',
    'Ondersteuning van burgers',
    'Soutien aux citoyens',
    'Unterstützung für Bürgerinnen und Bürger',
  ),
  questions: [
    {
      key: 'citizenSupport',
      kind: 'multi',
      label: t(
        'Support for citizens',
        'Ondersteuning van burgers',
        'Soutien aux citoyens',
        'Unterstützung für Bürgerinnen und Bürger',
      ),
      prompt: t(
        'What support is available for citizens using the service?',
        'Welke ondersteuning is er voor burgers die de dienst gebruiken?',
        'Quel soutien est proposé aux citoyens qui utilisent le service ?',
        'Welche Unterstützung erhalten Bürgerinnen und Bürger bei der Nutzung?',
      ),
      options: [
        {
          key: 'eServiceProcess',
          label: t(
            'Consistent online process in e-Services',
            'Samenhangend onlineproces binnen de e-diensten',
            'Parcours en ligne cohérent dans les services en ligne',
            'Durchgängiger Online-Ablauf in den E-Services',
          ),
          source: 'Potential links with a consistent online process in e-Services?',
        },
        {
          key: 'readinessCheck',
          label: t(
            'Self-assessment of readiness for delivery modes',
            'Zelftest: welke begeleidingsvorm past bij mij?',
            "Autoévaluation de l'aptitude aux différents modes de service",
            'Selbsteinschätzung der Eignung für Angebotsformen',
          ),
          source:
            'Are there any tools available for users to conduct self-assessment to evaluate their readiness for different service delivery modes?',
        },
        {
          key: 'levelMatching',
          label: t(
            'Service level matched to readiness',
            'Dienstverlening afgestemd op de loopbaanrijpheid',
            'Niveau de service adapté à la maturité',
            'Angebotsintensität passend zur Entscheidungsreife',
          ),
          source:
            'Are there any tools available for users to match the level of services in accordance to their readiness for career-decision making or online career literacy?',
        },
      ],
    },
  ],
  criteria: [
    {
      key: 'eServiceProcess',
      label: t(
        'Part of a consistent online e-Service process',
        'Onderdeel van een samenhangend onlineproces binnen de e-diensten',
        "S'inscrit dans un parcours en ligne cohérent",
        'Teil eines durchgängigen Online-Ablaufs der E-Services',
      ),
      rule: (p) => pickedAny(p, 'citizenSupport', 'eServiceProcess'),
    },
    {
      key: 'readinessCheck',
      label: t(
        'Users can assess their readiness for different delivery modes',
        'Gebruikers kunnen zelf nagaan welke begeleidingsvorm bij hen past',
        'Les usagers peuvent évaluer leur aptitude aux différents modes de service',
        'Nutzende können ihre Eignung für verschiedene Angebotsformen selbst einschätzen',
      ),
      rule: (p) => pickedAny(p, 'citizenSupport', 'readinessCheck'),
    },
    {
      key: 'levelMatching',
      label: t(
        "The level of service is matched to the user's readiness",
        'De intensiteit van de dienstverlening wordt afgestemd op de gebruiker',
        "Le niveau de service est adapté à la maturité de l'usager",
        'Die Angebotsintensität wird an die Entscheidungsreife angepasst',
      ),
      rule: (p) => pickedAny(p, 'citizenSupport', 'levelMatching'),
    },
  ],
} as const satisfies Section
