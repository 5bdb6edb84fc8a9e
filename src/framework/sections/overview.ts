/** Framework section "Overview of the ICT and LMI usage" (shared/seeds/002_*.txt). */
import { t } from '@/framework/text'
import type { Section } from '@/framework/types'
import { answered } from './rules'

export const overview = {
  key: 'overview',
  title: t(
    'Overview of the ICT and LMI usage',
    'Overzicht van het gebruik van ICT en arbeidsmarktinformatie',
    "Aperçu de l'utilisation des TIC et de l'information sur le marché du travail",
    'Überblick über die Nutzung von IKT und Arbeitsmarktinformationen',
  ),
  questions: [
    {
      key: 'description',
      kind: 'narrative',
      label: t('Description', 'Beschrijving', 'Description', 'Beschreibung'),
      prompt: t(
        'A brief description of the practice',
        'Een korte beschrijving van de praktijk',
        'Une brève description de la pratique',
        'Eine kurze Beschreibung der Praxis',
      ),
    },
    {
      key: 'whyDeveloped',
      kind: 'narrative',
      label: t('Why it was developed', 'Aanleiding', 'Origine', 'Entstehungsgrund'),
      prompt: t(
        'Why was it developed?',
        'Waarom werd de praktijk ontwikkeld?',
        'Pourquoi la pratique a-t-elle été développée ?',
        'Warum wurde die Praxis entwickelt?',
      ),
      source: 'Why it was developed?',
    },
    {
      key: 'objectives',
      kind: 'narrative',
      label: t(
        'Objectives and policy issues',
        'Doelstellingen en beleidsvragen',
        'Objectifs et enjeux politiques',
        'Ziele und politische Fragestellungen',
      ),
      prompt: t(
        'What are the main objectives of the practice? What policy issues the practice wants to address?',
        'Wat zijn de belangrijkste doelstellingen van de praktijk? Op welke beleidsvraagstukken wil de praktijk inspelen?',
        'Quels sont les principaux objectifs de la pratique ? À quels enjeux politiques entend-elle répondre ?',
        'Was sind die wichtigsten Ziele der Praxis? Auf welche politischen Fragestellungen will sie antworten?',
      ),
    },
  ],
  criteria: [
    {
      key: 'described',
      label: t(
        'The practice is described',
        'De praktijk is beschreven',
        'La pratique est décrite',
        'Die Praxis ist beschrieben',
      ),
      rule: (p) => answered(p, 'description'),
    },
    {
      key: 'needDocumented',
      label: t(
        'The need it responds to is documented',
        'De behoefte waarop de praktijk inspeelt is gedocumenteerd',
        'Le besoin auquel elle répond est documenté',
        'Der Bedarf, auf den sie antwortet, ist dokumentiert',
      ),
      rule: (p) => answered(p, 'whyDeveloped'),
    },
    {
      key: 'objectivesStated',
      label: t(
        'Objectives and policy issues are stated',
        'Doelstellingen en beleidsvraagstukken zijn benoemd',
        'Les objectifs et les enjeux politiques sont énoncés',
        'Ziele und politische Fragestellungen sind benannt',
      ),
      rule: (p) => answered(p, 'objectives'),
    },
  ],
} as const satisfies Section
