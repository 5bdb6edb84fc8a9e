/** Framework section "Access" (shared/seeds/002_*.txt). */
import { t } from '@/framework/text'
import type { Section } from '@/framework/types'
import { picked } from './rules'

export const access = {
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
      facet: { param: 'language', position: 7, label: t('Language', 'Taal', 'Langue', 'Sprache') },
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
      facet: { param: 'channel', position: 6 },
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
} as const satisfies Section
