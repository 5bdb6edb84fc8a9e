/** Framework section "Key features of ICT" (shared/seeds/002_*.txt). */
import { t } from '@/framework/text'
import type { Section } from '@/framework/types'
import { pickedAny } from './rules'

export const ictFeatures = {
  key: 'ictFeatures',
  title: t(
    'Key features of ICT',
    'Belangrijkste ICT-kenmerken',
    'Principales caractéristiques des TIC',
    'Zentrale Merkmale der IKT',
  ),
  questions: [
    {
      key: 'ictFeatures',
      kind: 'multi',
      label: t('ICT features', 'ICT-kenmerken', 'Caractéristiques TIC', 'IKT-Merkmale'),
      prompt: t(
        'Which ICT features does the practice use?',
        'Welke ICT-toepassingen gebruikt de praktijk?',
        'Quelles fonctionnalités TIC la pratique utilise-t-elle ?',
        'Welche IKT-Merkmale nutzt die Praxis?',
      ),
      options: [
        {
          key: 'coreOnline',
          label: t(
            'Core online activities available',
            'Online kernactiviteiten beschikbaar',
            'Activités en ligne de base disponibles',
            'Zentrale Online-Aktivitäten verfügbar',
          ),
        },
        {
          key: 'socialMedia',
          label: t(
            'Social media in career guidance',
            'Sociale media in loopbaanbegeleiding',
            "Réseaux sociaux dans l'orientation",
            'Soziale Medien in der Beratung',
          ),
          source: 'The usage of social media in career guidance and counselling',
        },
        {
          key: 'chat',
          label: t(
            'Chat services and real-time distance counselling',
            'Chatdiensten en begeleiding op afstand in real time',
            'Messagerie instantanée et conseil à distance en temps réel',
            'Chat-Angebote und Echtzeit-Beratung auf Distanz',
          ),
        },
        {
          key: 'ePortfolio',
          label: t('E-portfolios', "E-portfolio's", 'Portfolios numériques', 'E-Portfolios'),
          source: 'Supporting the development and usage of e-portfolios',
        },
        {
          key: 'diverseMedia',
          label: t(
            'Diversified media',
            'Gevarieerde media',
            'Médias diversifiés',
            'Vielfältige Medien',
          ),
          source: 'Making use of diversified media in career development activities',
        },
        {
          key: 'profiling',
          label: t('User profiling', 'Gebruikersprofilering', 'Profilage des usagers', 'Nutzerprofile'),
        },
        {
          key: 'outreach',
          label: t(
            'ICT in outreach strategies',
            'ICT in outreachstrategieën',
            "Les TIC dans les stratégies d'aller-vers",
            'IKT in aufsuchenden Strategien',
          ),
          source: 'ICT in outreach strategies (tracking, engaging users, engaging employers)',
        },
      ],
    },
  ],
  criteria: [
    {
      key: 'realTime',
      label: t(
        'Offers real-time distance counselling',
        'Biedt begeleiding op afstand in real time',
        'Propose un conseil à distance en temps réel',
        'Bietet Echtzeit-Beratung auf Distanz',
      ),
      rule: (p) => pickedAny(p, 'ictFeatures', 'chat'),
    },
    {
      key: 'ePortfolio',
      label: t(
        'Supports e-portfolios',
        "Ondersteunt e-portfolio's",
        'Prend en charge les portfolios numériques',
        'Unterstützt E-Portfolios',
      ),
      rule: (p) => pickedAny(p, 'ictFeatures', 'ePortfolio'),
    },
    {
      key: 'outreach',
      label: t(
        'Uses ICT to reach out to users and employers',
        'Gebruikt ICT om gebruikers en werkgevers actief te bereiken',
        'Utilise les TIC pour aller vers les usagers et les employeurs',
        'Nutzt IKT, um Nutzende und Arbeitgeber aktiv zu erreichen',
      ),
      rule: (p) => pickedAny(p, 'ictFeatures', 'outreach'),
    },
  ],
} as const satisfies Section
