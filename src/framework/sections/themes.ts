/** Framework section "Themes for the inventory" (shared/seeds/002_*.txt). */
import { t } from '@/framework/text'
import type { Section } from '@/framework/types'
import { picked, pickedAny } from './rules'

export const themes = {
  key: 'themes',
  title: t(
    'Themes for the inventory',
    "Thema's van de inventaris",
    "Thèmes de l'inventaire",
    'Themen der Bestandsaufnahme',
  ),
  questions: [
    {
      key: 'themes',
      kind: 'multi',
      facet: { param: 'theme', position: 1 },
      chart: 1,
      label: t('Themes', "Thema's", 'Thèmes', 'Themen'),
      prompt: t(
        'Which themes of lifelong guidance policy does the practice address?',
        "Op welke thema's van het beleid voor levenslange loopbaanbegeleiding speelt de praktijk in?",
        "Quels thèmes de la politique d'orientation tout au long de la vie la pratique aborde-t-elle ?",
        'Welche Themen der Politik für lebensbegleitende Beratung greift die Praxis auf?',
      ),
      options: [
        {
          key: 'careerManagement',
          label: t(
            'Career Management Skills',
            'Loopbaancompetenties',
            'Compétences en gestion de carrière',
            'Kompetenzen zur Laufbahngestaltung',
          ),
        },
        {
          key: 'access',
          label: t(
            'Access to Lifelong Guidance Services',
            'Toegang tot levenslange loopbaanbegeleiding',
            "Accès aux services d'orientation tout au long de la vie",
            'Zugang zu Angeboten der lebensbegleitenden Beratung',
          ),
        },
        {
          key: 'quality',
          label: t(
            'Assuring the Quality of Lifelong Guidance Provision',
            'Kwaliteitszorg in de levenslange loopbaanbegeleiding',
            "Assurer la qualité de l'offre d'orientation tout au long de la vie",
            'Qualitätssicherung in der lebensbegleitenden Beratung',
          ),
        },
        {
          key: 'effectiveness',
          label: t(
            'Assessing the Effectiveness of Lifelong Guidance Provision',
            'De doeltreffendheid van levenslange loopbaanbegeleiding beoordelen',
            "Évaluer l'efficacité de l'offre d'orientation tout au long de la vie",
            'Bewertung der Wirksamkeit lebensbegleitender Beratung',
          ),
        },
        {
          key: 'leadership',
          label: t(
            'Strategic Leadership: Co-operation and Co-ordination',
            'Strategisch leiderschap: samenwerking en coördinatie',
            'Pilotage stratégique : coopération et coordination',
            'Strategische Steuerung: Kooperation und Koordination',
          ),
        },
        {
          key: 'information',
          label: t(
            'Improving Careers Information',
            'Loopbaaninformatie verbeteren',
            "Améliorer l'information sur les métiers et les formations",
            'Verbesserung der Bildungs- und Berufsinformation',
          ),
        },
        {
          key: 'training',
          label: t(
            'The Training and Qualifications of Practitioners',
            'Opleiding en kwalificaties van loopbaanbegeleiders',
            'Formation et qualifications des conseillers',
            'Aus- und Weiterbildung und Qualifikation der Beratungsfachkräfte',
          ),
        },
        {
          key: 'funding',
          label: t(
            'Funding Lifelong Guidance Services',
            'Financiering van levenslange loopbaanbegeleiding',
            "Financement des services d'orientation tout au long de la vie",
            'Finanzierung lebensbegleitender Beratungsangebote',
          ),
        },
        {
          key: 'ict',
          label: t(
            'Information and Communications Technology in Lifelong Guidance',
            'Informatie- en communicatietechnologie in levenslange loopbaanbegeleiding',
            "Technologies de l'information et de la communication dans l'orientation tout au long de la vie",
            'Informations- und Kommunikationstechnologie in der lebensbegleitenden Beratung',
          ),
        },
      ],
    },
  ],
  criteria: [
    {
      key: 'multiTheme',
      label: t(
        'Addresses more than one policy theme',
        'Speelt in op meer dan één beleidsthema',
        "Aborde plus d'un thème politique",
        'Greift mehr als ein politisches Thema auf',
      ),
      rule: (p) => picked(p, 'themes').length >= 2,
    },
    {
      key: 'careerManagement',
      label: t(
        'Develops career management skills',
        'Ontwikkelt loopbaancompetenties',
        'Développe les compétences en gestion de carrière',
        'Fördert Kompetenzen zur Laufbahngestaltung',
      ),
      rule: (p) => pickedAny(p, 'themes', 'careerManagement'),
    },
    {
      key: 'qualityOrEffect',
      label: t(
        'Attends to quality or effectiveness of guidance',
        'Besteedt aandacht aan kwaliteit of doeltreffendheid van de begeleiding',
        "Se préoccupe de la qualité ou de l'efficacité de l'orientation",
        'Achtet auf Qualität oder Wirksamkeit der Beratung',
      ),
      rule: (p) => pickedAny(p, 'themes', 'quality', 'effectiveness'),
    },
  ],
} as const satisfies Section
