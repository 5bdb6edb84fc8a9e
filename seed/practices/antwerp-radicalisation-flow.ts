import type { PracticeSeed } from '../practice-seed'

/** The Antwerp central reporting point's flow for concerns about radicalisation and polarisation, from seed 004 (Dutch). */
export const antwerpRadicalisationFlow: PracticeSeed = {
  slug: 'antwerp-radicalisation-flow',
  published: true,
  title: {
    en: 'Concerns about radicalisation and polarisation: the Antwerp Central Reporting Point flow',
    nl: 'Wat doen bij bezorgdheden rond radicalisering en polarisering? De flow van het Centraal Meldpunt',
  },
  summary: {
    en: 'Schools and pupil guidance centres in Antwerp with concerns about a pupil’s radicalisation contact the Central Reporting Point (CMP), which clarifies the question, analyses the file, advises on a trajectory and agrees on follow-up and referral.',
    nl: 'Scholen en CLB’s in Antwerpen die bezorgd zijn over radicalisering van een leerling contacteren het Centraal Meldpunt (CMP), dat de vraag verheldert, het dossier analyseert, trajectadvies geeft en opvolging en doorverwijzing afspreekt.',
  },
  country: 'BE',
  region: { en: 'Antwerp', nl: 'Antwerpen' },
  originalLanguage: 'nl',
  operators: ['cmp-antwerpen'],
  partners: ['sociale-interventie-antwerpen', 'politie-antwerpen'],
  lifecycle: 'active',
  modality: 'blended',
  contexts: ['schools'],
  practiceTypes: ['service'],
  sources: [
    {
      key: 'cmp-flow-page',
      title: 'Wat doen bij bezorgdheden rond radicalisering en polarisering?',
      publisher: 'Stad Antwerpen, Centraal Meldpunt',
    },
  ],
  description: {
    en: 'A pupil at any school can become involved in a process of radicalisation. The Central Reporting Point (CMP) has a signalling function and can always be reached with concerns about radicalisation and polarisation. The flow sets out what a school does, step by step.',
    nl: 'Ook op jouw school kan een leerling in het proces van radicalisering betrokken raken. Het Centraal Meldpunt heeft een signaalfunctie en kan je altijd bereiken bij bezorgdheden over radicalisering en polarisering.',
  },
  audiences: ['schoolStaff', 'youthAtRisk'],
  languages: ['nl'],
  channels: ['phone'],
  openingHours: (['mon', 'wed', 'thu', 'fri'] as const).map((day) => ({ day, from: '09:00', to: '12:00' })),
  accessGuarantee: {
    en: 'By phone every morning from 9 to 12, except Tuesday morning (03 338 32 66). Registrations for coaching or advice on polarisation and radicalisation can be made by phone.',
    nl: 'Elke voormiddag bereikbaar (behalve dinsdagvoormiddag) van 9 tot 12 uur, tel. 03 338 32 66. Een aanmelding kan telefonisch als het gaat over coaching/advies rond het thema polarisering/radicalisering.',
  },
  systemFit: {
    en: 'The CMP acts as a hub: it refers both to Social Intervention (prevention of violent radicalisation) and to the regular provision for preventing early school leaving, and it can start trajectory follow-up.',
    nl: 'Het CMP heeft een draaischijffunctie. We verwijzen zowel door naar Sociale Interventie (in het kader van Preventie gewelddadige Radicalisering) als naar het regulier aanbod binnen uitvalpreventie.',
  },
  pathway: [
    {
      title: { en: 'Concerned about a pupil? Contact the school’s CLB anchor', nl: 'Bezorgd over een leerling? Neem contact op met het CLB-anker van de school' },
      actor: { en: 'School', nl: 'School' },
      description: {
        en: 'If you are worried about a young person showing signs of radicalisation, first contact the school’s CLB anchor, so that the CLB is informed.',
        nl: 'Als je bezorgd bent om een jongere die signalen van radicalisering vertoont, contacteer dan eerst het CLB-anker van de school. Zo ben je zeker dat het CLB op de hoogte is.',
      },
    },
    {
      title: { en: 'Information consultation with the CMP', nl: 'Informatieconsult bij CMP' },
      actor: { en: 'School or CLB', nl: 'School of CLB' },
      description: {
        en: 'With questions or concerns about radicalisation or polarisation of one or more pupils, contact the CMP: every morning except Tuesday, 9 to 12, tel. 03 338 32 66. Two CMP colleagues with expertise on the theme take up the next steps.',
        nl: 'Heb je vragen of bezorgdheden rond radicalisering of polarisering over een of meerdere leerlingen op school? Neem contact op met het CMP: elke voormiddag (behalve dinsdagvoormiddag) van 9 tot 12 uur, tel. 03 338 32 66. Twee collega’s met expertise rond dit thema nemen de volgende stappen op.',
      },
    },
    {
      title: { en: 'Registration with the CMP', nl: 'Aanmelding bij CMP' },
      actor: { en: 'School or CLB', nl: 'School of CLB' },
      description: {
        en: 'Registration by phone (03 338 32 66) for coaching or advice on polarisation and radicalisation, so that work on the content can start at once.',
        nl: 'Een aanmelding kan telefonisch, tel. 03 338 32 66, als het gaat over coaching/advies rond het thema polarisering/radicalisering. Er kan dan meteen inhoudelijk aan de slag worden gegaan.',
      },
    },
    {
      title: { en: 'Clarifying the question and analysing the file', nl: 'Vraagverheldering en dossieranalyse' },
      actor: { en: 'CMP with CLB or school', nl: 'CMP met CLB of school' },
      description: {
        en: 'Together they clarify: from what need was the CMP contacted? Is it really radicalisation or a broader problem? What steps have been taken; has there been a talk with the pupil or parents? Is information missing, and who will gather it?',
        nl: 'Vanuit welke nood wordt er met het CMP contact opgenomen? Gaat het effectief om radicalisering of om een bredere problematiek? Welke stappen zijn al genomen? Is er al een gesprek geweest met leerling zelf/ouders? Ontbreekt er nog info om inschatting te kunnen maken of advies te geven?',
      },
    },
    {
      title: { en: 'File discussion and trajectory advice', nl: 'Dossierbespreking en trajectadvies' },
      actor: { en: 'CMP, possibly with security partners', nl: 'CMP en eventueel partners Veiligheid' },
      description: {
        en: 'Every question or file is discussed within the expert team. There can also be (anonymous) consultation with the contact person at Social Intervention, prevention of violent radicalisation. Exceptionally, in case of grave concern, the police contact person is consulted, in agreement with the school and CLB.',
        nl: 'Elke vraag of elk dossier wordt intern binnen het expertenteam besproken. Daarnaast kan er ook (anoniem) overleg gebeuren met onze contactpersoon bij Sociale Interventie, dienst Preventie gewelddadige radicalisering. Uitzonderlijk kunnen we bij grote bezorgdheid overleggen met de contactpersoon bij de politie, in overleg met school/CLB.',
      },
    },
    {
      title: { en: 'Agreements on follow-up and referral', nl: 'Opvolgings- en doorverwijzingsafspraken' },
      actor: { en: 'CMP with CLB or school', nl: 'CMP met CLB/school' },
      description: {
        en: 'Clear agreements are made so that you know how your report is followed up. The CMP can start trajectory follow-up and refers to Social Intervention or to the regular provision for preventing early school leaving.',
        nl: 'Er volgen duidelijke afspraken zodat je weet hoe je melding verder wordt opgevolgd. Het CMP kan ook een trajectopvolging starten en verwijst door naar Sociale Interventie of naar het regulier aanbod binnen uitvalpreventie.',
      },
    },
  ],
  contactOrganisation: { en: 'Centraal Meldpunt (CMP), tel. 03 338 32 66' },
  persons: [
    { name: 'Noëmie Goris', phone: '03 338 31 37', isPublic: false },
    { name: 'Diane Bangels', phone: '03 338 63 00', isPublic: false },
  ],
}
