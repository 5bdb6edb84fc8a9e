/**
 * The ICT/LMI framework "for design and mapping existing career guidance
 * services" (shared/seeds/002_*.txt) as data, in the seed's order.
 *
 * Keys are stable: they are Payload field names, database values, URL
 * parameters and export columns. Never rename a key; add new ones instead.
 * Where an English title, prompt or label differs from the seed's own line,
 * `source` holds that line verbatim (tests/unit/framework-seed-coverage.test.ts).
 */
import type { Option, PracticeFacts, Section, Text } from './types'

const t = (en: string, nl: string, fr: string, de: string): Text => ({ en, nl, fr, de })

// ---------------------------------------------------------------------------
// Small pure helpers for criterion rules. Missing values count as "not met".

const picked = (p: PracticeFacts, question: string): readonly string[] => p.choices[question] ?? []

/** The multi-choice question has at least one of the given options selected. */
const pickedAny = (p: PracticeFacts, question: string, ...options: string[]): boolean =>
  picked(p, question).some((k) => options.includes(k))

/** The multi-choice question has every one of the given options selected. */
const pickedAll = (p: PracticeFacts, question: string, ...options: string[]): boolean => {
  const selected = picked(p, question)
  return options.length > 0 && options.every((k) => selected.includes(k))
}

/** The single-choice question is answered with one of the given options. */
const chosen = (p: PracticeFacts, question: string, ...options: string[]): boolean => {
  const value = p.choice[question]
  return value !== undefined && options.includes(value)
}

/** Every one of the given text questions holds text. */
const answered = (p: PracticeFacts, ...questions: string[]): boolean =>
  questions.length > 0 && questions.every((q) => p.answered.has(q))

// ---------------------------------------------------------------------------
// Shared option lists

/** How strongly a service is connected to another service (interface section). */
export const connectednessOptions: readonly Option[] = [
  { key: 'none', label: t('Not connected', 'Geen verbinding', 'Aucun lien', 'Keine Verbindung') },
  {
    key: 'informal',
    label: t('Informal connection', 'Informele verbinding', 'Lien informel', 'Informelle Verbindung'),
  },
  {
    key: 'formal',
    label: t('Formal connection', 'Formele verbinding', 'Lien formel', 'Formelle Verbindung'),
  },
]

/** Driving forces behind the use of ICT (rationale section: `drivers` and `mainDriver`). */
export const driverOptions: readonly Option[] = [
  { key: 'savingCosts', label: t('Saving costs', 'Kosten besparen', 'Réduire les coûts', 'Kosten senken') },
  {
    key: 'efficiency',
    label: t('Promoting efficiency', 'Efficiëntie bevorderen', "Promouvoir l'efficience", 'Effizienz fördern'),
  },
  {
    key: 'effectiveness',
    label: t(
      'Promoting effectiveness',
      'Doeltreffendheid bevorderen',
      "Promouvoir l'efficacité",
      'Wirksamkeit fördern',
    ),
  },
  {
    key: 'wideningAccess',
    label: t('Widening access', 'Toegang verbreden', "Élargir l'accès", 'Zugang erweitern'),
  },
]

// ---------------------------------------------------------------------------
// Sections

const overview: Section = {
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
}

const themes: Section = {
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
}

const policyFocus: Section = {
  key: 'policyFocus',
  title: t(
    'Policy/Strategy focus',
    'Beleids- en strategische focus',
    'Orientation politique et stratégique',
    'Politischer und strategischer Schwerpunkt',
  ),
  questions: [
    {
      key: 'policyStage',
      kind: 'single',
      ordered: true,
      label: t('Policy stage', 'Beleidsfase', 'Stade de la politique', 'Entwicklungsstufe'),
      prompt: t(
        'What is the main focus of the use of ICT in national lifelong guidance strategies?',
        'Wat is de belangrijkste focus van het gebruik van ICT in de nationale strategieën voor levenslange loopbaanbegeleiding?',
        "Quel est l'axe principal de l'utilisation des TIC dans les stratégies nationales d'orientation tout au long de la vie ?",
        'Worauf liegt der Schwerpunkt der IKT-Nutzung in den nationalen Strategien für lebensbegleitende Beratung?',
      ),
      options: [
        {
          key: 'gathering',
          label: t(
            'Gathering and publishing information',
            'Informatie verzamelen en publiceren',
            "Collecter et publier l'information",
            'Informationen sammeln und veröffentlichen',
          ),
        },
        {
          key: 'developing',
          label: t(
            'Developing the use of ICT',
            'Het gebruik van ICT ontwikkelen',
            "Développer l'utilisation des TIC",
            'Die Nutzung von IKT entwickeln',
          ),
        },
        {
          key: 'maximising',
          label: t(
            'Maximising the use of ICT',
            'Het gebruik van ICT maximaliseren',
            "Maximiser l'utilisation des TIC",
            'Die Nutzung von IKT maximieren',
          ),
        },
        {
          key: 'systematising',
          label: t(
            'Systematising the use of ICT',
            'Het gebruik van ICT systematiseren',
            "Systématiser l'utilisation des TIC",
            'Die Nutzung von IKT systematisieren',
          ),
        },
      ],
    },
    {
      key: 'eGovernance',
      kind: 'narrative',
      label: t(
        'Link to e-Governance',
        'Band met e-overheid',
        "Lien avec l'administration électronique",
        'Bezug zu E-Government',
      ),
      prompt: t(
        'What is the connection of the service in national e-Governance strategies and other e-Services for citizens?',
        'Hoe is de dienst verbonden met nationale strategieën voor e-overheid en andere e-diensten voor burgers?',
        "Quel est le lien du service avec les stratégies nationales d'administration électronique et les autres services en ligne destinés aux citoyens ?",
        'Wie ist der Dienst mit nationalen E-Government-Strategien und anderen E-Services für Bürgerinnen und Bürger verbunden?',
      ),
    },
  ],
  criteria: [
    {
      key: 'maximised',
      label: t(
        'ICT use is maximised or systematised',
        'Het gebruik van ICT wordt gemaximaliseerd of gesystematiseerd',
        "L'utilisation des TIC est maximisée ou systématisée",
        'Die IKT-Nutzung wird maximiert oder systematisiert',
      ),
      rule: (p) => chosen(p, 'policyStage', 'maximising', 'systematising'),
    },
    {
      key: 'eGovernance',
      label: t(
        'Connected to national e-Governance strategies',
        'Verbonden met nationale strategieën voor e-overheid',
        "Relié aux stratégies nationales d'administration électronique",
        'Mit nationalen E-Government-Strategien verbunden',
      ),
      rule: (p) => answered(p, 'eGovernance'),
    },
    {
      key: 'nationalStrategy',
      label: t(
        'Part of a national lifelong guidance strategy',
        'Onderdeel van een nationale strategie voor levenslange loopbaanbegeleiding',
        "Fait partie d'une stratégie nationale d'orientation tout au long de la vie",
        'Teil einer nationalen Strategie für lebensbegleitende Beratung',
      ),
    },
  ],
}

const interfaceSection: Section = {
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
}

const ictFunction: Section = {
  key: 'ictFunction',
  title: t('Function of the ICT', 'Functie van ICT', 'Fonction des TIC', 'Funktion der IKT'),
  questions: [
    {
      key: 'ictFunctions',
      kind: 'multi',
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
}

const rationale: Section = {
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
}

const audience: Section = {
  key: 'audience',
  title: t('Target audience', 'Doelgroep', 'Public cible', 'Zielgruppe'),
  questions: [
    {
      key: 'audiences',
      kind: 'multi',
      label: t('Target groups', 'Doelgroepen', 'Publics cibles', 'Zielgruppen'),
      prompt: t(
        'Who are the end users?',
        'Wie zijn de eindgebruikers?',
        'Qui sont les utilisateurs finaux ?',
        'Wer sind die Endnutzerinnen und Endnutzer?',
      ),
      options: [
        { key: 'pupils', label: t('School pupils', 'Leerlingen', 'Élèves', 'Schülerinnen und Schüler') },
        {
          key: 'vetStudents',
          label: t(
            'VET students',
            'Leerlingen en cursisten in het beroepsonderwijs',
            "Apprenants de l'enseignement et de la formation professionnels",
            'Lernende in der Berufsbildung',
          ),
        },
        {
          key: 'higherEd',
          label: t(
            'Higher education students',
            'Studenten in het hoger onderwijs',
            "Étudiants de l'enseignement supérieur",
            'Studierende',
          ),
          source: 'Higher Education students',
        },
        {
          key: 'adultLearners',
          label: t('Adult learners', 'Volwassen lerenden', 'Adultes en formation', 'Erwachsene Lernende'),
        },
        {
          key: 'employed',
          label: t('Employed adults', 'Werkende volwassenen', 'Adultes en emploi', 'Erwerbstätige Erwachsene'),
        },
        {
          key: 'unemployed',
          label: t(
            'Unemployed adults',
            'Werkzoekende volwassenen',
            "Adultes en recherche d'emploi",
            'Arbeitslose Erwachsene',
          ),
        },
        {
          key: 'olderAdults',
          label: t('Older adults', 'Oudere volwassenen', 'Seniors', 'Ältere Erwachsene'),
        },
        {
          key: 'youthAtRisk',
          label: t(
            'Young people at risk',
            'Kwetsbare jongeren',
            'Jeunes en situation de risque',
            'Gefährdete junge Menschen',
          ),
        },
        {
          key: 'disadvantaged',
          label: t(
            'Disadvantaged groups',
            'Kansengroepen',
            'Publics défavorisés',
            'Benachteiligte Gruppen',
          ),
        },
        {
          key: 'immigrants',
          label: t('Immigrants', 'Nieuwkomers en migranten', 'Personnes immigrées', 'Zugewanderte'),
        },
        { key: 'employers', label: t('Employers', 'Werkgevers', 'Employeurs', 'Arbeitgeber') },
        { key: 'parents', label: t('Parents', 'Ouders', 'Parents', 'Eltern') },
        {
          key: 'schoolStaff',
          label: t(
            'Teachers and school staff',
            'Leerkrachten en schoolpersoneel',
            'Enseignants et personnel scolaire',
            'Lehrkräfte und Schulpersonal',
          ),
        },
      ],
    },
    {
      key: 'needsIdentification',
      kind: 'narrative',
      label: t(
        'How needs are identified',
        'Behoeftebepaling',
        'Identification des besoins',
        'Ermittlung des Bedarfs',
      ),
      prompt: t(
        'Who are the end users and how are the needs and demands of the various user groups identified?',
        'Wie zijn de eindgebruikers en hoe worden de noden en vragen van de verschillende gebruikersgroepen in kaart gebracht?',
        "Qui sont les utilisateurs finaux et comment les besoins et les attentes des différents groupes d'utilisateurs sont-ils identifiés ?",
        'Wer sind die Endnutzerinnen und Endnutzer, und wie werden die Bedürfnisse und Anliegen der verschiedenen Nutzergruppen ermittelt?',
      ),
    },
  ],
  criteria: [
    {
      key: 'needsIdentified',
      label: t(
        'The needs of user groups are identified',
        'De noden van de gebruikersgroepen worden in kaart gebracht',
        "Les besoins des groupes d'utilisateurs sont identifiés",
        'Der Bedarf der Nutzergruppen wird ermittelt',
      ),
      rule: (p) => answered(p, 'needsIdentification'),
    },
    {
      key: 'reachesVulnerable',
      label: t(
        'Reaches disadvantaged or at-risk groups',
        'Bereikt kansengroepen of kwetsbare jongeren',
        'Atteint des publics défavorisés ou en situation de risque',
        'Erreicht benachteiligte oder gefährdete Gruppen',
      ),
      rule: (p) => pickedAny(p, 'audiences', 'youthAtRisk', 'disadvantaged', 'immigrants'),
    },
    {
      key: 'allAge',
      label: t(
        'Serves both young people and adults',
        'Richt zich zowel tot jongeren als tot volwassenen',
        "S'adresse aux jeunes comme aux adultes",
        'Richtet sich an junge Menschen und Erwachsene',
      ),
      rule: (p) =>
        pickedAny(p, 'audiences', 'pupils', 'vetStudents', 'higherEd', 'youthAtRisk') &&
        pickedAny(p, 'audiences', 'adultLearners', 'employed', 'unemployed', 'olderAdults'),
    },
  ],
}

const practitionerRole: Section = {
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
}

const access: Section = {
  key: 'access',
  title: t('Access', 'Toegang', 'Accès', 'Zugang'),
  questions: [
    {
      key: 'accessGuarantee',
      kind: 'narrative',
      label: t(
        'Access for client groups',
        'Toegang voor doelgroepen',
        "Accès des groupes d'usagers",
        'Zugang für Zielgruppen',
      ),
      prompt: t(
        'How is access guaranteed for different client groups?',
        'Hoe wordt de toegang voor de verschillende doelgroepen gewaarborgd?',
        "Comment l'accès est-il garanti pour les différents groupes d'usagers ?",
        'Wie wird der Zugang für die verschiedenen Zielgruppen sichergestellt?',
      ),
    },
    {
      key: 'languages',
      kind: 'languages',
      label: t('Languages', 'Talen', 'Langues', 'Sprachen'),
      prompt: t(
        'In which languages is the service available?',
        'In welke talen is de dienst beschikbaar?',
        'Dans quelles langues le service est-il disponible ?',
        'In welchen Sprachen ist das Angebot verfügbar?',
      ),
      source: 'What languages available?',
    },
    {
      key: 'channels',
      kind: 'multi',
      label: t('Channels', 'Kanalen', 'Canaux', 'Kanäle'),
      prompt: t(
        'Through which channels can users reach the service?',
        'Via welke kanalen kunnen gebruikers de dienst bereiken?',
        'Par quels canaux les usagers peuvent-ils joindre le service ?',
        'Über welche Kanäle ist das Angebot erreichbar?',
      ),
      options: [
        { key: 'chat', label: t('Chat', 'Chat', 'Messagerie instantanée', 'Chat') },
        { key: 'phone', label: t('Telephone', 'Telefoon', 'Téléphone', 'Telefon') },
        { key: 'email', label: t('E-mail', 'E-mail', 'Courriel', 'E-Mail') },
        { key: 'video', label: t('Video call', 'Videogesprek', 'Visioconférence', 'Videogespräch') },
        { key: 'web', label: t('Website', 'Website', 'Site web', 'Website') },
        {
          key: 'faceToFace',
          label: t('Face to face', 'Face-to-face', 'En présentiel', 'Persönlich vor Ort'),
        },
      ],
    },
    {
      key: 'openingHours',
      kind: 'openingHours',
      label: t('Opening hours', 'Openingsuren', "Heures d'ouverture", 'Öffnungszeiten'),
      prompt: t(
        'When is the service available?',
        'Wanneer is de dienst bereikbaar?',
        'Quand le service est-il joignable ?',
        'Wann ist das Angebot erreichbar?',
      ),
    },
    {
      key: 'anonymous',
      kind: 'yesNo',
      label: t('Anonymous use', 'Anoniem gebruik', 'Utilisation anonyme', 'Anonyme Nutzung'),
      prompt: t(
        'Can the service be used anonymously?',
        'Kan de dienst anoniem gebruikt worden?',
        'Le service peut-il être utilisé de manière anonyme ?',
        'Kann das Angebot anonym genutzt werden?',
      ),
    },
    {
      key: 'userCost',
      kind: 'shortText',
      label: t('Cost to the user', 'Kosten voor de gebruiker', "Coût pour l'usager", 'Kosten für Nutzende'),
      prompt: t(
        'What does the service cost the user?',
        'Wat kost de dienst voor de gebruiker?',
        "Combien le service coûte-t-il à l'usager ?",
        'Was kostet das Angebot die Nutzenden?',
      ),
    },
    {
      key: 'disadvantagedAccess',
      kind: 'narrative',
      label: t(
        'Access for disadvantaged groups',
        'Toegang voor kansengroepen',
        'Accès des publics défavorisés',
        'Zugang für benachteiligte Gruppen',
      ),
      prompt: t(
        'How is access guaranteed for disadvantaged groups?',
        'Hoe wordt de toegang voor kansengroepen gewaarborgd?',
        "Comment l'accès est-il garanti pour les publics défavorisés ?",
        'Wie wird der Zugang für benachteiligte Gruppen sichergestellt?',
      ),
    },
    {
      key: 'skillsRequired',
      kind: 'narrative',
      label: t('Skills required', 'Vereiste vaardigheden', 'Compétences requises', 'Erforderliche Kompetenzen'),
      prompt: t(
        'What skills are required for access?',
        'Welke vaardigheden zijn nodig om toegang te krijgen?',
        "Quelles compétences faut-il pour y accéder ?",
        'Welche Kompetenzen sind für den Zugang erforderlich?',
      ),
    },
  ],
  criteria: [
    {
      key: 'multiChannel',
      label: t(
        'Reachable through more than one channel',
        'Bereikbaar via meer dan één kanaal',
        "Joignable par plus d'un canal",
        'Über mehr als einen Kanal erreichbar',
      ),
      rule: (p) => picked(p, 'channels').length >= 2,
    },
    {
      key: 'outsideHours',
      label: t(
        'Open outside school/office hours',
        'Bereikbaar buiten de school- of kantooruren',
        'Ouvert en dehors des heures de classe ou de bureau',
        'Auch außerhalb der Schul- und Bürozeiten erreichbar',
      ),
      // "HH:MM" strings compare correctly as text.
      rule: (p) => p.openingHours.some((s) => s.to > '17:00' || s.day === 'sat' || s.day === 'sun'),
    },
    {
      key: 'anonymous',
      label: t(
        'Anonymous use possible',
        'Anoniem gebruik mogelijk',
        'Utilisation anonyme possible',
        'Anonyme Nutzung möglich',
      ),
      rule: (p) => p.flags.anonymous === true,
    },
    {
      key: 'multilingual',
      label: t(
        'Offered in more than one language',
        'Aangeboden in meer dan één taal',
        "Proposé dans plus d'une langue",
        'In mehr als einer Sprache verfügbar',
      ),
      rule: (p) => picked(p, 'languages').length >= 2,
    },
  ],
}

const ictFeatures: Section = {
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
}

const lmiFeatures: Section = {
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
}

const practitionerSupport: Section = {
  key: 'practitionerSupport',
  title: t(
    'Support for practitioners',
    'Ondersteuning van loopbaanbegeleiders',
    'Soutien aux conseillers',
    'Unterstützung für Beratungsfachkräfte',
  ),
  questions: [
    {
      key: 'practitionerSupport',
      kind: 'multi',
      label: t(
        'Support for practitioners',
        'Ondersteuning van begeleiders',
        'Soutien aux conseillers',
        'Unterstützung für Fachkräfte',
      ),
      prompt: t(
        'What support is available for practitioners?',
        'Welke ondersteuning is er voor loopbaanbegeleiders?',
        'Quel soutien est proposé aux conseillers ?',
        'Welche Unterstützung steht Beratungsfachkräften zur Verfügung?',
      ),
      options: [
        {
          key: 'clientUse',
          label: t(
            'Helping clients use the service',
            'Cliënten helpen de dienst te gebruiken',
            'Aider les usagers à utiliser le service',
            'Ratsuchende bei der Nutzung unterstützen',
          ),
          source: 'What support is available for practitioners in helping clients to use the service?',
        },
        {
          key: 'integration',
          label: t(
            'Integrating the service in work with clients',
            'De dienst inbedden in het werk met cliënten',
            'Intégrer le service dans le travail avec les usagers',
            'Das Angebot in die Arbeit mit Ratsuchenden einbinden',
          ),
          source:
            'What support is available for practitioners to integrate the services in their work with clients?',
        },
        {
          key: 'cpd',
          label: t(
            'Continuous professional development tools',
            'Instrumenten voor professionalisering',
            'Outils de développement professionnel continu',
            'Instrumente zur beruflichen Weiterbildung',
          ),
          source:
            'What tools are available to support continuous professional development of the practitioners?',
        },
        {
          key: 'mutualLearning',
          label: t(
            'Mutual learning among practitioners',
            'Intervisie en leren van elkaar',
            'Apprentissage mutuel entre conseillers',
            'Gegenseitiges Lernen unter Fachkräften',
          ),
          source: 'What tools are available to support mutual learning among practitioners?',
        },
        {
          key: 'registries',
          label: t(
            'Links with administrative actions and client registries',
            'Koppeling met administratieve handelingen en cliëntregistratie',
            'Liens avec les démarches administratives et les registres des usagers',
            'Verknüpfung mit Verwaltungsabläufen und Klientenregistern',
          ),
          source: 'Potential links with administrative actions and client registries?',
        },
      ],
    },
  ],
  criteria: [
    {
      key: 'clientUse',
      label: t(
        'Practitioners are supported in helping clients use the service',
        'Begeleiders worden ondersteund om cliënten wegwijs te maken in de dienst',
        "Les conseillers sont aidés à accompagner les usagers dans l'utilisation du service",
        'Fachkräfte werden dabei unterstützt, Ratsuchenden die Nutzung zu erleichtern',
      ),
      rule: (p) => pickedAny(p, 'practitionerSupport', 'clientUse'),
    },
    {
      key: 'cpd',
      label: t(
        "Supports practitioners' continuous professional development",
        'Ondersteunt de professionalisering van begeleiders',
        'Soutient le développement professionnel continu des conseillers',
        'Unterstützt die berufliche Weiterbildung der Fachkräfte',
      ),
      rule: (p) => pickedAny(p, 'practitionerSupport', 'cpd'),
    },
    {
      key: 'mutualLearning',
      label: t(
        'Enables mutual learning among practitioners',
        'Maakt leren van elkaar tussen begeleiders mogelijk',
        "Favorise l'apprentissage mutuel entre conseillers",
        'Ermöglicht gegenseitiges Lernen unter Fachkräften',
      ),
      rule: (p) => pickedAny(p, 'practitionerSupport', 'mutualLearning'),
    },
  ],
}

const citizenSupport: Section = {
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
}

const funding: Section = {
  key: 'funding',
  title: t('Funding', 'Financiering', 'Financement', 'Finanzierung'),
  questions: [
    {
      key: 'fundingTypes',
      kind: 'multi',
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
}

const barriers: Section = {
  key: 'barriers',
  title: t(
    'Difficulties or barriers',
    'Moeilijkheden en belemmeringen',
    'Difficultés ou obstacles',
    'Schwierigkeiten oder Hindernisse',
  ),
  source: 'Difficulties or Barriers',
  questions: [
    {
      key: 'barriers',
      kind: 'multi',
      label: t('Barriers', 'Belemmeringen', 'Obstacles', 'Hindernisse'),
      prompt: t(
        'What difficulties or barriers to success have been experienced in the implementation of this practice or program, if any?',
        'Welke moeilijkheden of belemmeringen werden eventueel ondervonden bij de uitvoering van deze praktijk of dit programma?',
        'Quelles difficultés ou quels obstacles ont éventuellement été rencontrés dans la mise en œuvre de cette pratique ou de ce programme ?',
        'Welche Schwierigkeiten oder Hindernisse sind bei der Umsetzung dieser Praxis oder dieses Programms gegebenenfalls aufgetreten?',
      ),
      options: [
        {
          key: 'ictAccess',
          label: t(
            'Inadequate access to ICT',
            'Onvoldoende toegang tot ICT',
            'Accès insuffisant aux TIC',
            'Unzureichender Zugang zu IKT',
          ),
        },
        {
          key: 'information',
          label: t(
            'Inadequate access to information',
            'Onvoldoende toegang tot informatie',
            "Accès insuffisant à l'information",
            'Unzureichender Zugang zu Informationen',
          ),
        },
        {
          key: 'skills',
          label: t(
            'Inadequate skills and competences',
            'Ontoereikende vaardigheden en competenties',
            'Compétences insuffisantes',
            'Unzureichende Fähigkeiten und Kompetenzen',
          ),
        },
        {
          key: 'integration',
          label: t(
            'Inadequate integration of services',
            'Onvoldoende integratie van diensten',
            'Intégration insuffisante des services',
            'Unzureichende Verzahnung der Angebote',
          ),
        },
      ],
    },
  ],
  criteria: [
    {
      key: 'barriersAnalysed',
      label: t(
        'Difficulties are analysed and acted upon',
        'Moeilijkheden worden geanalyseerd en aangepakt',
        'Les difficultés sont analysées et traitées',
        'Schwierigkeiten werden analysiert und angegangen',
      ),
    },
    {
      key: 'skillsSupported',
      label: t(
        'Users lacking digital skills are supported',
        'Gebruikers met beperkte digitale vaardigheden krijgen ondersteuning',
        'Les usagers aux compétences numériques limitées sont accompagnés',
        'Nutzende mit geringen digitalen Kompetenzen werden unterstützt',
      ),
    },
  ],
}

const evaluation: Section = {
  key: 'evaluation',
  title: t('Monitoring/evaluation', 'Monitoring en evaluatie', 'Suivi et évaluation', 'Monitoring und Evaluation'),
  questions: [
    {
      key: 'qualityDesign',
      kind: 'narrative',
      label: t('Quality assurance', 'Kwaliteitszorg', 'Assurance qualité', 'Qualitätssicherung'),
      prompt: t(
        'How is the quality assurance and consistent development of the practice or programme designed?',
        'Hoe zijn de kwaliteitszorg en de consequente verdere ontwikkeling van de praktijk of het programma opgezet?',
        "Comment l'assurance qualité et le développement cohérent de la pratique ou du programme sont-ils conçus ?",
        'Wie sind Qualitätssicherung und kontinuierliche Weiterentwicklung der Praxis oder des Programms angelegt?',
      ),
    },
    {
      key: 'evaluated',
      kind: 'multi',
      label: t('Aspects evaluated', 'Geëvalueerde aspecten', 'Aspects évalués', 'Bewertete Aspekte'),
      prompt: t(
        'Which aspects of the content are evaluated?',
        'Welke aspecten van de inhoud worden geëvalueerd?',
        'Quels aspects du contenu sont évalués ?',
        'Welche Aspekte der Inhalte werden bewertet?',
      ),
      options: [
        {
          key: 'appropriateness',
          label: t(
            'Appropriateness of the content',
            'Geschiktheid van de inhoud',
            'Pertinence du contenu',
            'Angemessenheit der Inhalte',
          ),
          source: 'Appropriateness of the content?',
        },
        {
          key: 'validity',
          label: t(
            'Validity of the content',
            'Validiteit van de inhoud',
            'Validité du contenu',
            'Validität der Inhalte',
          ),
          source: 'Validity of the content (face validity, content validity)?',
        },
        {
          key: 'transparency',
          label: t(
            'Transparency of the content',
            'Transparantie van de inhoud',
            'Transparence du contenu',
            'Transparenz der Inhalte',
          ),
          source: 'Transparency of the content?',
        },
        {
          key: 'usability',
          label: t(
            'Usability of the content',
            'Gebruiksvriendelijkheid van de inhoud',
            "Facilité d'utilisation du contenu",
            'Benutzerfreundlichkeit der Inhalte',
          ),
          source: 'Usability of the content?',
        },
      ],
    },
  ],
  criteria: [
    {
      key: 'qaDesigned',
      label: t(
        'Quality assurance is designed',
        'Er is een opzet voor kwaliteitszorg',
        "L'assurance qualité est organisée",
        'Qualitätssicherung ist angelegt',
      ),
      rule: (p) => answered(p, 'qualityDesign'),
    },
    {
      key: 'usability',
      label: t(
        'Usability is assessed',
        'Gebruiksvriendelijkheid wordt geëvalueerd',
        "La facilité d'utilisation est évaluée",
        'Benutzerfreundlichkeit wird bewertet',
      ),
      rule: (p) => pickedAny(p, 'evaluated', 'usability'),
    },
    {
      key: 'validity',
      label: t(
        'Content validity is assessed',
        'Inhoudelijke validiteit wordt geëvalueerd',
        'La validité du contenu est évaluée',
        'Die inhaltliche Validität wird bewertet',
      ),
      rule: (p) => pickedAny(p, 'evaluated', 'validity'),
    },
    {
      key: 'allAspects',
      label: t(
        'All four content aspects are assessed',
        'Alle vier inhoudelijke aspecten worden geëvalueerd',
        'Les quatre aspects du contenu sont évalués',
        'Alle vier inhaltlichen Aspekte werden bewertet',
      ),
      rule: (p) => pickedAll(p, 'evaluated', 'appropriateness', 'validity', 'transparency', 'usability'),
    },
  ],
}

const results: Section = {
  key: 'results',
  title: t(
    'Key results or outcomes',
    'Belangrijkste resultaten',
    'Principaux résultats',
    'Wichtigste Ergebnisse und Wirkungen',
  ),
  questions: [
    {
      key: 'achievements',
      kind: 'narrative',
      label: t('Achievements', 'Verwezenlijkingen', 'Réalisations', 'Erfolge'),
      prompt: t(
        'What have been the main achievements or outcomes of this practice or programme to date?',
        'Wat zijn tot nu toe de belangrijkste verwezenlijkingen of resultaten van deze praktijk of dit programma?',
        "Quels sont à ce jour les principales réalisations ou les principaux résultats de cette pratique ou de ce programme ?",
        'Was sind die bisher wichtigsten Erfolge oder Ergebnisse dieser Praxis oder dieses Programms?',
      ),
    },
    {
      key: 'efficiencyGains',
      kind: 'narrative',
      label: t('Efficiency gains', 'Efficiëntiewinst', "Gains d'efficience", 'Effizienzgewinne'),
      prompt: t(
        'Potential increased efficiency in the service provision?',
        'Mogelijke efficiëntiewinst in de dienstverlening?',
        "Gains d'efficience possibles dans la prestation de services ?",
        'Mögliche Effizienzsteigerungen in der Leistungserbringung?',
      ),
    },
    {
      key: 'socialReturn',
      kind: 'narrative',
      label: t(
        'Social return on investment',
        'Maatschappelijk rendement',
        "Retour social sur investissement",
        'Gesellschaftliche Rendite',
      ),
      prompt: t(
        'Any evidence on the social return of investment in career services?',
        'Zijn er aanwijzingen over het maatschappelijk rendement van investeringen in loopbaanbegeleiding?',
        "Existe-t-il des données sur le retour social de l'investissement dans les services d'orientation ?",
        'Gibt es Belege für die gesellschaftliche Rendite von Investitionen in Beratungsangebote?',
      ),
    },
    {
      key: 'indicators',
      kind: 'indicators',
      label: t('Measured results', 'Gemeten resultaten', 'Résultats mesurés', 'Gemessene Ergebnisse'),
      prompt: t(
        'Which figures document the use and results of the practice (with their source)?',
        'Welke cijfers tonen het gebruik en de resultaten van de praktijk aan (met bron)?',
        "Quels chiffres documentent l'utilisation et les résultats de la pratique (avec leur source) ?",
        'Welche Zahlen belegen Nutzung und Ergebnisse der Praxis (mit Quelle)?',
      ),
    },
  ],
  criteria: [
    {
      key: 'measured',
      label: t(
        'Publishes measured results',
        'Publiceert gemeten resultaten',
        'Publie des résultats mesurés',
        'Veröffentlicht gemessene Ergebnisse',
      ),
      rule: (p) => p.indicators.length > 0,
    },
    {
      key: 'sourced',
      label: t(
        'Every figure has a source',
        'Elk cijfer heeft een bron',
        'Chaque chiffre a une source',
        'Jede Zahl hat eine Quelle',
      ),
      rule: (p) => p.indicators.length > 0 && p.indicators.every((i) => i.source.trim() !== ''),
    },
    {
      key: 'overTime',
      label: t(
        'Results are reported for more than one period',
        'Resultaten worden over meer dan één periode gerapporteerd',
        "Les résultats portent sur plus d'une période",
        'Ergebnisse liegen für mehr als einen Zeitraum vor',
      ),
      rule: (p) => new Set(p.indicators.map((i) => i.period)).size >= 2,
    },
    {
      key: 'socialReturn',
      label: t(
        'Evidence on social return on investment',
        'Onderbouwing van het maatschappelijk rendement',
        'Données sur le retour social sur investissement',
        'Belege für die gesellschaftliche Rendite',
      ),
      rule: (p) => answered(p, 'socialReturn'),
    },
  ],
}

const other: Section = {
  key: 'other',
  title: t(
    'Other relevant information',
    'Overige relevante informatie',
    'Autres informations utiles',
    'Weitere relevante Informationen',
  ),
  questions: [
    {
      key: 'otherInfo',
      kind: 'narrative',
      label: t('Other information', 'Overige informatie', 'Autres informations', 'Weitere Informationen'),
      prompt: t(
        'Other information which would help a reader to understand the practice better',
        'Andere informatie die de lezer helpt de praktijk beter te begrijpen',
        'Autres informations permettant au lecteur de mieux comprendre la pratique',
        'Weitere Informationen, die zum besseren Verständnis der Praxis beitragen',
      ),
    },
  ],
  criteria: [
    {
      key: 'context',
      label: t(
        'Further context is provided',
        'Er wordt bijkomende context gegeven',
        'Un contexte complémentaire est fourni',
        'Weiterer Kontext wird gegeben',
      ),
      rule: (p) => answered(p, 'otherInfo'),
    },
    {
      key: 'transferability',
      label: t(
        'Transferability to other contexts is discussed',
        'De overdraagbaarheid naar andere contexten wordt besproken',
        "La transférabilité vers d'autres contextes est examinée",
        'Die Übertragbarkeit auf andere Kontexte wird erörtert',
      ),
    },
  ],
}

const contacts: Section = {
  key: 'contacts',
  title: t('Key contact details', 'Contactgegevens', 'Coordonnées', 'Kontaktdaten'),
  questions: [
    {
      key: 'contactOrganisation',
      kind: 'shortText',
      label: t('Contact point', 'Contactpunt', 'Point de contact', 'Kontaktstelle'),
      prompt: t(
        "The organisation's public contact point",
        'Het publieke contactpunt van de organisatie',
        "Le point de contact public de l'organisation",
        'Die öffentliche Kontaktstelle der Organisation',
      ),
    },
    {
      key: 'persons',
      kind: 'persons',
      label: t('Contact persons', 'Contactpersonen', 'Personnes de contact', 'Ansprechpersonen'),
      prompt: t(
        'Name and title of contact person(s) for more information with email details',
        'Naam en functie van de contactperso(o)n(en) voor meer informatie, met e-mailadres',
        "Nom et fonction de la ou des personnes de contact pour plus d'informations, avec leur adresse électronique",
        'Name und Funktion der Ansprechperson(en) für weitere Informationen, mit E-Mail-Adresse',
      ),
      source: 'Name and title of contact person(s) for more information with email details,',
    },
    {
      key: 'website',
      kind: 'url',
      label: t('Website', 'Website', 'Site web', 'Website'),
      prompt: t(
        'Website of the practice',
        'Website van de praktijk',
        'Site web de la pratique',
        'Website der Praxis',
      ),
    },
    {
      key: 'references',
      kind: 'narrative',
      label: t('References', 'Bronnen', 'Références', 'Quellen'),
      prompt: t(
        'URL, publication reference or other information source for this practice or programme.',
        'URL, publicatie of andere informatiebron over deze praktijk of dit programma.',
        "URL, référence de publication ou autre source d'information sur cette pratique ou ce programme.",
        'URL, Veröffentlichung oder andere Informationsquelle zu dieser Praxis oder diesem Programm.',
      ),
    },
  ],
  criteria: [
    {
      key: 'publicPerson',
      label: t(
        'Names a public contact person',
        'Vermeldt een publieke contactpersoon',
        'Indique une personne de contact publique',
        'Nennt eine öffentliche Ansprechperson',
      ),
      rule: (p) => p.contactPersons.publicCount > 0,
    },
    {
      key: 'contactPoint',
      label: t(
        'Gives an organisational contact point',
        'Vermeldt een contactpunt van de organisatie',
        "Indique un point de contact de l'organisation",
        'Nennt eine Kontaktstelle der Organisation',
      ),
      rule: (p) => answered(p, 'contactOrganisation'),
    },
    {
      key: 'website',
      label: t('Has a website', 'Heeft een website', "Dispose d'un site web", 'Hat eine Website'),
      rule: (p) => answered(p, 'website'),
    },
    {
      key: 'references',
      label: t(
        'Cites publications or other sources',
        'Verwijst naar publicaties of andere bronnen',
        "Cite des publications ou d'autres sources",
        'Verweist auf Veröffentlichungen oder andere Quellen',
      ),
      rule: (p) => answered(p, 'references'),
    },
  ],
}

/** The framework's sections in the seed's order. */
export const sections: readonly Section[] = [
  overview,
  themes,
  policyFocus,
  interfaceSection,
  ictFunction,
  rationale,
  audience,
  practitionerRole,
  access,
  ictFeatures,
  lmiFeatures,
  practitionerSupport,
  citizenSupport,
  funding,
  barriers,
  evaluation,
  results,
  other,
  contacts,
]
