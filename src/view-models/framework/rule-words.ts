/**
 * The rule that decides each good-policy element (src/framework/sections/*, `criteria[].rule`), restated as
 * data so that the framework page can say it in words in every language. The rules themselves are functions;
 * tests/unit/rule-words.test.ts builds practices that meet and miss each statement below and checks that the
 * rule agrees, so a rule changed without its words fails there. Elements without a rule have no entry: only a
 * self-assessment can tell them.
 */

/** Facts that no single question holds; their wording is in the `frameworkPage` catalogue (`facts`). */
export const ruleFacts = ['outsideHours', 'publicPerson', 'measured', 'sourced', 'overTime'] as const
export type RuleFact = (typeof ruleFacts)[number]

export type RuleWords =
  /** at least n options of a multi-choice question chosen */
  | { kind: 'atLeast'; question: string; n: number }
  /** a multi-choice question includes one of the options, or a single-choice question is one of them */
  | { kind: 'any'; question: string; options: readonly string[] }
  /** a multi-choice question includes every one of the options */
  | { kind: 'all'; question: string; options: readonly string[] }
  /** the question holds an answer (text, or any option of a single choice) */
  | { kind: 'answered'; question: string }
  /** a yes/no question answered yes */
  | { kind: 'yes'; question: string }
  | { kind: 'both'; parts: readonly [RuleWords, RuleWords] }
  | { kind: 'either'; parts: readonly [RuleWords, RuleWords] }
  | { kind: 'fact'; fact: RuleFact }

const answered = (question: string): RuleWords => ({ kind: 'answered', question })
const any = (question: string, ...options: string[]): RuleWords => ({ kind: 'any', question, options })

/** By element key (`<section>.<criterion>`, src/benchmark/elements.ts). */
export const ruleWords: Readonly<Record<string, RuleWords>> = {
  'overview.described': answered('description'),
  'overview.needDocumented': answered('whyDeveloped'),
  'overview.objectivesStated': answered('objectives'),
  'themes.multiTheme': { kind: 'atLeast', question: 'themes', n: 2 },
  'themes.careerManagement': any('themes', 'careerManagement'),
  'themes.qualityOrEffect': any('themes', 'quality', 'effectiveness'),
  'policyFocus.maximised': any('policyStage', 'maximising', 'systematising'),
  'policyFocus.eGovernance': answered('eGovernance'),
  'interface.formalCareerEd': any('linkCareerEd', 'formal'),
  'interface.formalPes': any('linkPes', 'formal'),
  'interface.linkedYouth': any('linkYouth', 'informal', 'formal'),
  'interface.systemFit': answered('systemFit'),
  'ictFunction.information': any('ictFunctions', 'information'),
  'ictFunction.integration': any('ictFunctions', 'integration'),
  'ictFunction.accountability': any('ictFunctions', 'accountability'),
  'rationale.wideningAccess': { kind: 'either', parts: [any('drivers', 'wideningAccess'), any('mainDriver', 'wideningAccess')] },
  'rationale.beyondCosts': any('mainDriver', 'effectiveness', 'wideningAccess'),
  'rationale.mainDriverStated': answered('mainDriver'),
  'audience.needsIdentified': answered('needsIdentification'),
  'audience.reachesVulnerable': any('audiences', 'youthAtRisk', 'disadvantaged', 'immigrants'),
  'audience.allAge': {
    kind: 'both',
    parts: [any('audiences', 'pupils', 'vetStudents', 'higherEd', 'youthAtRisk'), any('audiences', 'adultLearners', 'employed', 'unemployed', 'olderAdults')],
  },
  'practitionerRole.usesInPractice': any('practitionerRole', 'usesInPractice', 'both'),
  'practitionerRole.both': any('practitionerRole', 'both'),
  'access.multiChannel': { kind: 'atLeast', question: 'channels', n: 2 },
  'access.outsideHours': { kind: 'fact', fact: 'outsideHours' },
  'access.anonymous': { kind: 'yes', question: 'anonymous' },
  'access.multilingual': { kind: 'atLeast', question: 'languages', n: 2 },
  'ictFeatures.realTime': any('ictFeatures', 'chat'),
  'ictFeatures.ePortfolio': any('ictFeatures', 'ePortfolio'),
  'ictFeatures.outreach': any('ictFeatures', 'outreach'),
  'lmiFeatures.usable': any('lmiFeatures', 'usable'),
  'lmiFeatures.local': any('lmiFeatures', 'local'),
  'lmiFeatures.customisation': any('lmiFeatures', 'customisation'),
  'practitionerSupport.clientUse': any('practitionerSupport', 'clientUse'),
  'practitionerSupport.cpd': any('practitionerSupport', 'cpd'),
  'practitionerSupport.mutualLearning': any('practitionerSupport', 'mutualLearning'),
  'citizenSupport.eServiceProcess': any('citizenSupport', 'eServiceProcess'),
  'citizenSupport.readinessCheck': any('citizenSupport', 'readinessCheck'),
  'citizenSupport.levelMatching': any('citizenSupport', 'levelMatching'),
  'funding.beyondProjects': any('fundingTypes', 'sectoral', 'coFunding', 'stateCoordinated'),
  'funding.crossSector': any('fundingTypes', 'coFunding', 'stateCoordinated'),
  'funding.sourcesDocumented': answered('fundingSources'),
  'evaluation.qaDesigned': answered('qualityDesign'),
  'evaluation.usability': any('evaluated', 'usability'),
  'evaluation.validity': any('evaluated', 'validity'),
  'evaluation.allAspects': { kind: 'all', question: 'evaluated', options: ['appropriateness', 'validity', 'transparency', 'usability'] },
  'results.measured': { kind: 'fact', fact: 'measured' },
  'results.sourced': { kind: 'fact', fact: 'sourced' },
  'results.overTime': { kind: 'fact', fact: 'overTime' },
  'results.socialReturn': answered('socialReturn'),
  'other.context': answered('otherInfo'),
  'contacts.publicPerson': { kind: 'fact', fact: 'publicPerson' },
  'contacts.contactPoint': answered('contactOrganisation'),
  'contacts.website': answered('website'),
  'contacts.references': answered('references'),
}
