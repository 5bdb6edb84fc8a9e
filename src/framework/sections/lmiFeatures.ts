/** Framework section "Key features of LMI" (shared/seeds/002_*.txt). */
import { t } from '@/framework/text'
import type { Section } from '@/framework/types'
import { pickedAny } from './rules'

export const lmiFeatures = {
  key: 'lmiFeatures',
  title: t(
    'Key features of LMI',
    'Belangrijkste kenmerken van de arbeidsmarktinformatie',
    "Principales caractéristiques de l'information sur le marché du travail",
    'Zentrale Merkmale der Arbeitsmarktinformationen',
  ),
  questions: [
    {
      key: 'lmiFeatures',
      kind: 'multi',
      label: t(
        'LMI features',
        'Kenmerken arbeidsmarktinformatie',
        "Caractéristiques de l'IMT",
        'Merkmale der Arbeitsmarktinformationen',
      ),
      prompt: t(
        'How does the practice gather and use labour market information (LMI)?',
        'Hoe verzamelt en gebruikt de praktijk arbeidsmarktinformatie?',
        "Comment la pratique collecte-t-elle et utilise-t-elle l'information sur le marché du travail (IMT) ?",
        'Wie sammelt und nutzt die Praxis Arbeitsmarktinformationen?',
      ),
      options: [
        {
          key: 'publicData',
          label: t(
            'Public LMI databases (including EU sources)',
            'Openbare databanken met arbeidsmarktinformatie (ook EU-bronnen)',
            "Bases de données publiques sur le marché du travail (y compris sources de l'UE)",
            'Öffentliche Arbeitsmarktdatenbanken (einschließlich EU-Quellen)',
          ),
          source: 'Analysing and using publicly available LMI databases (including EU sources)',
        },
        {
          key: 'usable',
          label: t(
            'Usable LMI for practitioners and users',
            'Bruikbare arbeidsmarktinformatie voor begeleiders en gebruikers',
            'IMT exploitable par les conseillers et les usagers',
            'Nutzbare Arbeitsmarktinformationen für Fachkräfte und Nutzende',
          ),
          source: 'Generating usable LMI for practitioners and for users',
        },
        {
          key: 'creative',
          label: t('Creative LMI', 'Creatieve arbeidsmarktinformatie', 'IMT créative', 'Kreative Arbeitsmarktinformationen'),
          source: 'Developing and using creative LMI',
        },
        {
          key: 'informal',
          label: t(
            'Informal LMI',
            'Informele arbeidsmarktinformatie',
            'IMT informelle',
            'Informelle Arbeitsmarktinformationen',
          ),
          source: 'Organising and using informal LMI',
        },
        {
          key: 'local',
          label: t(
            'Local LMI (mainly demand side)',
            'Lokale arbeidsmarktinformatie (vooral de vraagzijde)',
            'IMT locale (surtout côté demande)',
            'Lokale Arbeitsmarktinformationen (vor allem Nachfrageseite)',
          ),
          source: 'Gathering and using local LMI (mainly on demand side)',
        },
        {
          key: 'customisation',
          label: t(
            'Customisation of LMI by users',
            'Arbeidsmarktinformatie op maat van de gebruiker',
            "IMT personnalisable par l'usager",
            'Anpassung der Arbeitsmarktinformationen durch Nutzende',
          ),
          source: 'Customisation of LMI through the user’s adaptation according to their needs',
        },
      ],
    },
  ],
  criteria: [
    {
      key: 'usable',
      label: t(
        'Turns LMI into usable information for practitioners and users',
        'Maakt arbeidsmarktinformatie bruikbaar voor begeleiders en gebruikers',
        "Rend l'IMT exploitable par les conseillers et les usagers",
        'Macht Arbeitsmarktinformationen für Fachkräfte und Nutzende nutzbar',
      ),
      rule: (p) => pickedAny(p, 'lmiFeatures', 'usable'),
    },
    {
      key: 'local',
      label: t(
        'Uses local labour market information',
        'Gebruikt lokale arbeidsmarktinformatie',
        "Utilise de l'information locale sur le marché du travail",
        'Nutzt lokale Arbeitsmarktinformationen',
      ),
      rule: (p) => pickedAny(p, 'lmiFeatures', 'local'),
    },
    {
      key: 'customisation',
      label: t(
        'Users can adapt LMI to their needs',
        'Gebruikers kunnen de arbeidsmarktinformatie afstemmen op hun noden',
        "Les usagers peuvent adapter l'IMT à leurs besoins",
        'Nutzende können die Arbeitsmarktinformationen an ihren Bedarf anpassen',
      ),
      rule: (p) => pickedAny(p, 'lmiFeatures', 'customisation'),
    },
  ],
} as const satisfies Section
