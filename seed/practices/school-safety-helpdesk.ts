import type { PracticeSeed } from '../practice-seed'

/** A builder of the helpdesk's 2016 contacts broken down by one dimension, labelled as the annual review labels it. */
const contactsBy =
  (dimension: string, label: { en: string; nl: string }) =>
  (en: string, nl: string, value: number) => ({
    metric: 'contacts',
    period: '2016',
    value,
    unit: 'count',
    dimension,
    category: { en, nl },
    source: 'annual-review-2016',
    label,
  })
const theme = contactsBy('theme', { en: 'Contacts by theme', nl: 'Aantal vragen per thema' })
const questionType = contactsBy('questionType', { en: 'Contacts by what the question concerned', nl: 'Aantallen ‘vraag betreft’' })
const month = contactsBy('month', { en: 'Contacts in the busiest months', nl: 'Vragen in de drukste maanden' })

/** The social-safety helpdesk of the Dutch school-safety foundation, from seed 003 (Dutch, 2016 figures). */
export const schoolSafetyHelpdesk: PracticeSeed = {
  slug: 'school-safety-helpdesk',
  published: true,
  title: { en: 'Social safety helpdesk for schools', nl: 'Helpdesk sociale veiligheid voor scholen' },
  summary: {
    en: 'School staff in the Netherlands phone or e-mail the helpdesk of the school-safety foundation with questions on social safety, bullying, legislation and confidential counselling; the helpdesk answers and asks on about the school’s safety policy.',
    nl: 'Onderwijspersoneel belt of mailt de helpdesk met vragen over sociale veiligheid, pesten, wet- en regelgeving en vertrouwenswerk; de helpdesk geeft antwoord en vraagt door naar het veiligheidsbeleid van de school.',
  },
  country: 'NL',
  originalLanguage: 'nl',
  originators: ['school-en-veiligheid'],
  operators: ['school-en-veiligheid'],
  lifecycle: 'active',
  modality: 'remote',
  contexts: ['schools'],
  practiceTypes: ['service'],
  sources: [
    {
      key: 'annual-review-2016',
      title: 'De helpdesk – Vraag het de helpdesk (annual review 2016)',
      publisher: 'Stichting School & Veiligheid',
      date: '2016',
    },
  ],
  description: {
    en: 'Anyone who wants a quick answer to questions about social safety can phone or e-mail the helpdesk. Education staff (confidential counsellors, teachers) often call about a case, for example bullying, sexually transgressive behaviour or difficult communication between parents and school. Many principals and school boards also call with questions about applying the Safety at School Act.',
    nl: 'Wie graag snel antwoord wil op vragen over sociale veiligheid, kan de helpdesk bellen of mailen. Onderwijspersoneel – vertrouwenspersonen, docenten – belt vaak naar de helpdesk naar aanleiding van een casus. Hierbij gaat het bijvoorbeeld over pesten, seksueel grensoverschrijdend gedrag of moeizame communicatie tussen ouders en school. Inmiddels bellen ook veel directeuren en bestuurders met vragen over de toepassing van de wet Veiligheid op School.',
  },
  objectives: {
    en: 'To answer questions and to ask on: how does the school’s safety policy look, and how far has it got in shaping it? Attention should not stop at an incident but shift to strengthening social safety. The helpdesk often refers to the foundation’s six building blocks for social safety.',
    nl: 'Wij geven antwoord, maar we vragen ook door: hoe ziet het veiligheidsbeleid van de school er uit? In hoeverre lukt het al om dit goed vorm te geven? Het is belangrijk dat de aandacht niet blijft steken bij een incident, maar verschuift naar het versterken van de sociale veiligheid. Daarbij verwijzen we vaak naar onze zes bouwstenen voor sociale veiligheid.',
  },
  themes: ['access', 'information'],
  ictFunctions: ['information', 'distance'],
  audiences: ['schoolStaff'],
  needsIdentification: {
    en: 'The helpdesk staff follow the news closely so that they can prepare for the questions that may come. Callers ask for advice or want to know whether their approach is on the right track.',
    nl: 'De mensen van onze helpdesk zitten bovenop het nieuws. Zo kunnen zij zich voorbereiden op de vragen die kunnen komen. Bellers vragen de helpdesk om raad, of willen weten of zij met hun aanpak op de goede weg zijn.',
  },
  practitionerRole: 'usesInPractice',
  languages: ['nl'],
  channels: ['phone', 'email'],
  openingHours: (['mon', 'tue', 'wed', 'thu', 'fri'] as const).map((day) => ({ day, from: '09:00', to: '16:00' })),
  accessGuarantee: {
    en: 'Phone on school days from 9:00 to 16:00, or e-mail.',
    nl: 'Bellen kan op schooldagen van 9.00 tot 16.00 uur; mailen kan ook.',
  },
  achievements: {
    en: 'In 2016 the helpdesk was consulted 1,173 times. Social safety is an ever more live topic in schools, as the number of callers and the demand for training of confidential counsellors show. The focus of questions is shifting from unsafety to social safety.',
    nl: 'In 2016 is de helpdesk 1.173 keer geraadpleegd. Het onderwerp sociale veiligheid leeft steeds meer op scholen. Dat merken wij bijvoorbeeld aan het aantal bellers naar onze helpdesk, de vraag naar trainingen en scholing voor vertrouwenspersonen. Vroeger kreeg de helpdesk veel vragen die draaiden om onveiligheid. We zien die focus nu verschuiven naar sociale veiligheid.',
  },
  indicators: [
    {
      metric: 'contacts',
      period: '2016',
      value: 1173,
      unit: 'count',
      source: 'annual-review-2016',
      label: { en: 'Times the helpdesk was consulted', nl: 'Aantal hulpvragen' },
    },
    theme('Social safety', 'Sociale veiligheid', 357),
    theme('Bullying', 'Pesten', 344),
    theme('Laws and regulations', 'Wet- en regelgeving', 213),
    theme('Confidential counselling', 'Vertrouwenswerk', 119),
    questionType('Incidents', 'Incidenten', 513),
    questionType('Policy', 'Beleid', 238),
    month('September', 'September', 147),
    month('March', 'Maart', 143),
    month('January', 'Januari', 126),
  ],
  otherInfo: {
    en: 'Regular services and additional projects are increasingly intertwined: schools often contact the foundation with a practical question, which the helpdesk uses to look at the wider picture, including compliance with the law and making social safety live in the school.',
    nl: 'Onze reguliere dienstverlening en additionele projecten raken steeds meer met elkaar vervlochten. Vaak nemen scholen contact met ons op omdat zij een praktische vraag hebben. Ook met betrekking tot de wetgeving kijken we met scholen verder: het is goed dat je als school aan de wet voldoet, maar het onderwerp sociale veiligheid moet ook gaan leven.',
  },
}
