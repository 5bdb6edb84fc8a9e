/** Framework section "Key contact details" (shared/seeds/002_*.txt). */
import { t } from '@/framework/text'
import type { Section } from '@/framework/types'
import { answered } from './rules'

export const contacts = {
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
} as const satisfies Section
