/** Framework section "Funding" (shared/seeds/002_*.txt). */
import { t } from '@/framework/text'
import type { Section } from '@/framework/types'
import { answered, pickedAny } from './rules'

export const funding = {
  key: 'funding',
  title: t('Funding', 'Financiering', 'Financement', 'Finanzierung'),
  questions: [
    {
      key: 'fundingTypes',
      kind: 'multi',
      chart: 4,
      label: t('Type of funding', 'Soort financiering', 'Type de financement', 'Art der Finanzierung'),
      prompt: t(
        'What is the extent and nature of government funding to support these developments?',
        'Wat is de omvang en de aard van de overheidsfinanciering voor deze ontwikkelingen?',
        "Quelles sont l'ampleur et la nature du financement public de ces développements ?",
        'In welchem Umfang und in welcher Form fördert der Staat diese Entwicklungen?',
      ),
      options: [
        {
          key: 'project',
          label: t('Project based', 'Projectfinanciering', 'Financement par projet', 'Projektförderung'),
        },
        {
          key: 'sectoral',
          label: t(
            'Sectoral programmes',
            "Sectorale programma's",
            'Programmes sectoriels',
            'Sektorale Programme',
          ),
        },
        {
          key: 'coFunding',
          label: t(
            'Co-funding by different sectors',
            'Cofinanciering door verschillende sectoren',
            'Cofinancement par plusieurs secteurs',
            'Kofinanzierung durch mehrere Sektoren',
          ),
        },
        {
          key: 'stateCoordinated',
          label: t(
            'State co-ordinated funding',
            'Door de overheid gecoördineerde financiering',
            "Financement coordonné par l'État",
            'Staatlich koordinierte Finanzierung',
          ),
        },
      ],
    },
    {
      key: 'fundingSources',
      kind: 'narrative',
      label: t(
        'Funding sources and purposes',
        'Financieringsbronnen en bestemming',
        'Sources et affectation du financement',
        'Finanzierungsquellen und -zwecke',
      ),
      prompt: t(
        'From which sources and for what purposes (distinguishing system development, system maintenance, and service delivery)?',
        'Uit welke bronnen en waarvoor (met onderscheid tussen systeemontwikkeling, systeemonderhoud en dienstverlening)?',
        'De quelles sources et à quelles fins (en distinguant développement du système, maintenance du système et prestation de services) ?',
        'Aus welchen Quellen und wofür (getrennt nach Systementwicklung, Systemwartung und Leistungserbringung)?',
      ),
    },
  ],
  criteria: [
    {
      key: 'beyondProjects',
      label: t(
        'Funded beyond single projects',
        'Gefinancierd voorbij losse projecten',
        'Financé au-delà de projets ponctuels',
        'Über Einzelprojekte hinaus finanziert',
      ),
      rule: (p) => pickedAny(p, 'fundingTypes', 'sectoral', 'coFunding', 'stateCoordinated'),
    },
    {
      key: 'crossSector',
      label: t(
        'Funding is co-ordinated across sectors',
        'De financiering is over sectoren heen gecoördineerd',
        'Le financement est coordonné entre les secteurs',
        'Die Finanzierung ist sektorübergreifend koordiniert',
      ),
      rule: (p) => pickedAny(p, 'fundingTypes', 'coFunding', 'stateCoordinated'),
    },
    {
      key: 'sourcesDocumented',
      label: t(
        'Funding sources and purposes are documented',
        'Financieringsbronnen en bestemming zijn gedocumenteerd',
        "Les sources et l'affectation du financement sont documentées",
        'Finanzierungsquellen und -zwecke sind dokumentiert',
      ),
      rule: (p) => answered(p, 'fundingSources'),
    },
  ],
} as const satisfies Section
