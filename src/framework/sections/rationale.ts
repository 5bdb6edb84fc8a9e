/** Framework section "Rationale for the use of ICT" (shared/seeds/002_*.txt). */
import { t } from '@/framework/text'
import type { Section } from '@/framework/types'
import { chosen, pickedAny } from './rules'
import { driverOptions } from './shared-options'

export const rationale = {
  key: 'rationale',
  title: t(
    'Rationale for the use of ICT',
    'Motivering voor het gebruik van ICT',
    'Raisons du recours aux TIC',
    'Begründung für den Einsatz von IKT',
  ),
  questions: [
    {
      key: 'drivers',
      kind: 'multi',
      label: t('Driving forces', 'Drijfveren', 'Motivations', 'Beweggründe'),
      prompt: t(
        'What have been the driving forces in developing this practice?',
        'Wat waren de drijfveren bij de ontwikkeling van deze praktijk?',
        'Quelles ont été les motivations du développement de cette pratique ?',
        'Was waren die Beweggründe für die Entwicklung dieser Praxis?',
      ),
      options: driverOptions,
    },
    {
      key: 'mainDriver',
      kind: 'single',
      label: t('Main driving force', 'Belangrijkste drijfveer', 'Motivation principale', 'Hauptbeweggrund'),
      prompt: t(
        'What has been the main driving force in developing this practice?',
        'Wat was de belangrijkste drijfveer bij de ontwikkeling van deze praktijk?',
        'Quelle a été la principale motivation du développement de cette pratique ?',
        'Was war der wichtigste Beweggrund für die Entwicklung dieser Praxis?',
      ),
      options: driverOptions,
    },
  ],
  criteria: [
    {
      key: 'wideningAccess',
      label: t(
        'Aims to widen access',
        'Wil de toegang verbreden',
        "Vise à élargir l'accès",
        'Zielt auf einen breiteren Zugang',
      ),
      rule: (p) => pickedAny(p, 'drivers', 'wideningAccess') || chosen(p, 'mainDriver', 'wideningAccess'),
    },
    {
      key: 'beyondCosts',
      label: t(
        'Driven mainly by effectiveness or access, not by cost savings',
        'Vooral gedreven door doeltreffendheid of toegang, niet door besparingen',
        "Motivé surtout par l'efficacité ou l'accès, et non par les économies",
        'Vor allem durch Wirksamkeit oder Zugang motiviert, nicht durch Einsparungen',
      ),
      rule: (p) => chosen(p, 'mainDriver', 'effectiveness', 'wideningAccess'),
    },
    {
      key: 'mainDriverStated',
      label: t(
        'The main driving force is stated',
        'De belangrijkste drijfveer is benoemd',
        'La motivation principale est indiquée',
        'Der wichtigste Beweggrund ist benannt',
      ),
      rule: (p) => p.choice.mainDriver !== undefined,
    },
  ],
} as const satisfies Section
