/** Framework section "Role of the practitioner" (shared/seeds/002_*.txt). */
import { t } from '@/framework/text'
import type { Section } from '@/framework/types'
import { chosen } from './rules'

export const practitionerRole = {
  key: 'practitionerRole',
  title: t(
    'Role of the practitioner',
    'Rol van de loopbaanbegeleider',
    'Rôle du conseiller',
    'Rolle der Beratungsfachkraft',
  ),
  source: 'Role of practitioner',
  questions: [
    {
      key: 'practitionerRole',
      kind: 'single',
      label: t(
        'Role of the practitioner',
        'Rol van de loopbaanbegeleider',
        'Rôle du conseiller',
        'Rolle der Beratungsfachkraft',
      ),
      prompt: t(
        'Does the practitioner point to ICT resources or use them in practice?',
        'Verwijst de loopbaanbegeleider naar ICT-toepassingen of gebruikt hij of zij ze zelf in de begeleiding?',
        "Le conseiller oriente-t-il vers des ressources TIC ou les utilise-t-il dans sa pratique ?",
        'Verweist die Beratungsfachkraft auf IKT-Angebote oder setzt sie sie selbst in der Beratung ein?',
      ),
      options: [
        {
          key: 'pointsTo',
          label: t(
            'Points to ICT resources',
            'Verwijst naar ICT-toepassingen',
            'Oriente vers des ressources TIC',
            'Verweist auf IKT-Angebote',
          ),
        },
        {
          key: 'usesInPractice',
          label: t(
            'Uses them in practice',
            'Gebruikt ze in de begeleiding',
            'Les utilise dans sa pratique',
            'Setzt sie in der Beratung ein',
          ),
        },
        { key: 'both', label: t('Both', 'Beide', 'Les deux', 'Beides') },
      ],
    },
  ],
  criteria: [
    {
      key: 'usesInPractice',
      label: t(
        'Practitioners use ICT in their own practice',
        'Loopbaanbegeleiders gebruiken ICT in hun eigen begeleiding',
        'Les conseillers utilisent les TIC dans leur propre pratique',
        'Beratungsfachkräfte setzen IKT in ihrer eigenen Arbeit ein',
      ),
      rule: (p) => chosen(p, 'practitionerRole', 'usesInPractice', 'both'),
    },
    {
      key: 'both',
      label: t(
        'Practitioners both point to and use ICT resources',
        'Loopbaanbegeleiders verwijzen naar ICT-toepassingen én gebruiken ze zelf',
        'Les conseillers orientent vers les ressources TIC et les utilisent eux-mêmes',
        'Beratungsfachkräfte verweisen auf IKT-Angebote und nutzen sie auch selbst',
      ),
      rule: (p) => chosen(p, 'practitionerRole', 'both'),
    },
  ],
} as const satisfies Section
