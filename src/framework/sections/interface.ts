/** Framework section "Interface/relationship with existing career services" (shared/seeds/002_*.txt). */
import { t } from '@/framework/text'
import type { Section } from '@/framework/types'
import { answered, chosen } from './rules'
import { connectednessOptions } from './shared-options'

export const interfaceSection = {
  key: 'interface',
  title: t(
    'Interface/relationship with existing career services',
    'Verhouding tot bestaande diensten voor loopbaanbegeleiding',
    "Articulation avec les services d'orientation existants",
    'Schnittstellen zu bestehenden Beratungsdiensten',
  ),
  questions: [
    {
      key: 'systemFit',
      kind: 'narrative',
      label: t(
        'Fit in the guidance system',
        'Plaats in het begeleidingssysteem',
        "Place dans le système d'orientation",
        'Einbettung in das Beratungssystem',
      ),
      prompt: t(
        'Description of how the practices fit into the national guidance system structures and strategies',
        'Beschrijving van hoe de praktijk past in de structuren en strategieën van het nationale begeleidingssysteem',
        "Description de la manière dont la pratique s'inscrit dans les structures et les stratégies du système national d'orientation",
        'Beschreibung, wie sich die Praxis in die Strukturen und Strategien des nationalen Beratungssystems einfügt',
      ),
    },
    {
      key: 'linkCareerEd',
      kind: 'single',
      ordered: true,
      label: t(
        'Link to career education',
        'Band met loopbaanonderwijs',
        "Lien avec l'éducation à l'orientation",
        'Bezug zur Berufsorientierung',
      ),
      prompt: t(
        'Connectedness to career education programmes',
        "Verbondenheid met programma's voor loopbaanonderwijs",
        "Lien avec les programmes d'éducation à l'orientation",
        'Verbindung zu Programmen der schulischen Berufsorientierung',
      ),
      options: connectednessOptions,
    },
    {
      key: 'linkPes',
      kind: 'single',
      ordered: true,
      label: t(
        'Link to public employment services',
        'Band met de publieke diensten voor arbeidsbemiddeling',
        "Lien avec les services publics de l'emploi",
        'Bezug zur öffentlichen Arbeitsverwaltung',
      ),
      prompt: t(
        'Connectedness to PES services',
        'Verbondenheid met de publieke diensten voor arbeidsbemiddeling',
        "Lien avec les services publics de l'emploi (SPE)",
        'Verbindung zu den Diensten der öffentlichen Arbeitsverwaltung',
      ),
      options: connectednessOptions,
    },
    {
      key: 'linkYouth',
      kind: 'single',
      ordered: true,
      label: t(
        'Link to youth services',
        'Band met jeugdvoorzieningen',
        'Lien avec les services jeunesse',
        'Bezug zur Jugendhilfe',
      ),
      prompt: t(
        'Connectedness to youth services',
        'Verbondenheid met jeugdvoorzieningen',
        'Lien avec les services jeunesse',
        'Verbindung zu Angeboten der Jugendhilfe und Jugendarbeit',
      ),
      source: 'Connectedness youth services',
      options: connectednessOptions,
    },
  ],
  criteria: [
    {
      key: 'formalCareerEd',
      label: t(
        'Formally linked to career education',
        'Formeel verbonden met loopbaanonderwijs',
        "Formellement relié à l'éducation à l'orientation",
        'Formell mit der Berufsorientierung verbunden',
      ),
      rule: (p) => chosen(p, 'linkCareerEd', 'formal'),
    },
    {
      key: 'formalPes',
      label: t(
        'Formally linked to public employment services',
        'Formeel verbonden met de publieke diensten voor arbeidsbemiddeling',
        "Formellement relié aux services publics de l'emploi",
        'Formell mit der öffentlichen Arbeitsverwaltung verbunden',
      ),
      rule: (p) => chosen(p, 'linkPes', 'formal'),
    },
    {
      key: 'linkedYouth',
      label: t(
        'Linked to youth services',
        'Verbonden met jeugdvoorzieningen',
        'Relié aux services jeunesse',
        'Mit der Jugendhilfe verbunden',
      ),
      rule: (p) => chosen(p, 'linkYouth', 'informal', 'formal'),
    },
    {
      key: 'systemFit',
      label: t(
        'Its place in the national guidance system is described',
        'De plaats in het nationale begeleidingssysteem is beschreven',
        "Sa place dans le système national d'orientation est décrite",
        'Die Einbettung in das nationale Beratungssystem ist beschrieben',
      ),
      rule: (p) => answered(p, 'systemFit'),
    },
  ],
} as const satisfies Section
