/** Framework section "Target audience" (shared/seeds/002_*.txt). */
import { t } from '@/framework/text'
import type { Section } from '@/framework/types'
import { answered, pickedAny } from './rules'

export const audience = {
  key: 'audience',
  title: t('Target audience', 'Doelgroep', 'Public cible', 'Zielgruppe'),
  questions: [
    {
      key: 'audiences',
      kind: 'multi',
      facet: { param: 'audience', position: 2 },
      chart: 2,
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
} as const satisfies Section
