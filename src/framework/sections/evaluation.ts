/** Framework section "Monitoring/evaluation" (shared/seeds/002_*.txt). */
import { t } from '@/framework/text'
import type { Section } from '@/framework/types'
import { answered, pickedAll, pickedAny } from './rules'

export const evaluation = {
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
} as const satisfies Section
