/** Framework section "Function of the ICT" (shared/seeds/002_*.txt). */
import { t } from '@/framework/text'
import type { Section } from '@/framework/types'
import { pickedAny } from './rules'

export const ictFunction = {
  key: 'ictFunction',
  title: t('Function of the ICT', 'Functie van ICT', 'Fonction des TIC', 'Funktion der IKT'),
  questions: [
    {
      key: 'ictFunctions',
      kind: 'multi',
      facet: { param: 'ict', position: 3 },
      chart: 3,
      label: t('ICT functions', 'ICT-functies', 'Fonctions des TIC', 'IKT-Funktionen'),
      prompt: t(
        'Which functions does ICT fulfil in the practice?',
        'Welke functies vervult ICT in de praktijk?',
        'Quelles fonctions les TIC remplissent-elles dans la pratique ?',
        'Welche Funktionen erfüllt IKT in der Praxis?',
      ),
      options: [
        {
          key: 'information',
          label: t(
            'Delivery of career information and LMI',
            'Aanbieden van loopbaan- en arbeidsmarktinformatie',
            "Diffusion d'information sur les métiers et sur le marché du travail",
            'Bereitstellung von Berufs- und Arbeitsmarktinformationen',
          ),
        },
        {
          key: 'resources',
          label: t(
            'Delivery of career resources',
            'Aanbieden van loopbaaninstrumenten',
            "Mise à disposition de ressources d'orientation",
            'Bereitstellung von Materialien zur Berufswahl',
          ),
        },
        {
          key: 'distance',
          label: t(
            'Delivery of distance services',
            'Begeleiding op afstand',
            'Services à distance',
            'Beratung auf Distanz',
          ),
        },
        {
          key: 'placement',
          label: t('Placement', 'Bemiddeling naar werk', 'Placement', 'Vermittlung'),
        },
        {
          key: 'accountability',
          label: t(
            'Promotion of accountability of career services',
            'Bevorderen van verantwoording door loopbaandiensten',
            "Renforcement de la redevabilité des services d'orientation",
            'Förderung der Rechenschaftslegung von Beratungsdiensten',
          ),
        },
        {
          key: 'integration',
          label: t(
            'Integration of online and face-to-face services',
            'Integratie van online en face-to-face begeleiding',
            'Intégration des services en ligne et en présentiel',
            'Verzahnung von Online- und Präsenzangeboten',
          ),
          source:
            'Integration of the services, e.g. creation of consistent structure for online and face-to-face services',
        },
      ],
    },
  ],
  criteria: [
    {
      key: 'information',
      label: t(
        'Delivers career information and LMI',
        'Biedt loopbaan- en arbeidsmarktinformatie aan',
        "Diffuse de l'information sur les métiers et sur le marché du travail",
        'Stellt Berufs- und Arbeitsmarktinformationen bereit',
      ),
      rule: (p) => pickedAny(p, 'ictFunctions', 'information'),
    },
    {
      key: 'integration',
      label: t(
        'Integrates online and face-to-face services',
        'Integreert online en face-to-face begeleiding',
        'Intègre services en ligne et en présentiel',
        'Verzahnt Online- und Präsenzangebote',
      ),
      rule: (p) => pickedAny(p, 'ictFunctions', 'integration'),
    },
    {
      key: 'accountability',
      label: t(
        'Promotes accountability of career services',
        'Bevordert verantwoording door loopbaandiensten',
        "Renforce la redevabilité des services d'orientation",
        'Fördert die Rechenschaftslegung von Beratungsdiensten',
      ),
      rule: (p) => pickedAny(p, 'ictFunctions', 'accountability'),
    },
  ],
} as const satisfies Section
