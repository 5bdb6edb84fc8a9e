import type { Locale } from './locales'

/** Interface strings of the home page's figures; the list of practices keeps its strings in messages.ts. */
const en = {
  figuresHeading: 'The inventory in figures',
  practices: 'Published practices',
  countries: 'Countries with practices',
  organisations: 'Organisations involved',
  perCountry: 'Practices per country',
  heatmapTitle: 'Target groups by function of the ICT',
  heatmapCorner: 'Target group \\ ICT function',
  heatmapNote: 'Each cell counts the practices that serve the target group with that function of the ICT; the darker the cell, the more practices.',
  stages: 'Policy-focus stages',
  allPractices: 'All practices in the catalogue',
  allCountries: 'All countries',
  allPublished: (n: number) => `All practices (${n.toLocaleString('en')})`,
}

export type HomeMessages = typeof en

const nl: HomeMessages = {
  figuresHeading: 'De inventaris in cijfers',
  practices: 'Gepubliceerde praktijken',
  countries: 'Landen met praktijken',
  organisations: 'Betrokken organisaties',
  perCountry: 'Praktijken per land',
  heatmapTitle: 'Doelgroepen per functie van de ICT',
  heatmapCorner: 'Doelgroep \\ ICT-functie',
  heatmapNote: 'Elke cel telt de praktijken die de doelgroep bedienen met die functie van de ICT; hoe donkerder de cel, hoe meer praktijken.',
  stages: 'Fasen van de beleidsfocus',
  allPractices: 'Alle praktijken in de catalogus',
  allCountries: 'Alle landen',
  allPublished: (n) => `Alle praktijken (${n.toLocaleString('nl')})`,
}

const fr: HomeMessages = {
  figuresHeading: 'L’inventaire en chiffres',
  practices: 'Pratiques publiées',
  countries: 'Pays ayant des pratiques',
  organisations: 'Organisations impliquées',
  perCountry: 'Pratiques par pays',
  heatmapTitle: 'Groupes cibles par fonction des TIC',
  heatmapCorner: 'Groupe cible \\ fonction des TIC',
  heatmapNote: 'Chaque cellule compte les pratiques qui servent le groupe cible avec cette fonction des TIC ; plus la cellule est foncée, plus il y a de pratiques.',
  stages: 'Étapes de l’orientation stratégique',
  allPractices: 'Toutes les pratiques du catalogue',
  allCountries: 'Tous les pays',
  allPublished: (n) => `Toutes les pratiques (${n.toLocaleString('fr')})`,
}

const de: HomeMessages = {
  figuresHeading: 'Das Verzeichnis in Zahlen',
  practices: 'Veröffentlichte Praxisbeispiele',
  countries: 'Länder mit Praxisbeispielen',
  organisations: 'Beteiligte Organisationen',
  perCountry: 'Praxisbeispiele je Land',
  heatmapTitle: 'Zielgruppen nach Funktion der IKT',
  heatmapCorner: 'Zielgruppe \\ IKT-Funktion',
  heatmapNote: 'Jede Zelle zählt die Praxisbeispiele, die die Zielgruppe mit dieser Funktion der IKT bedienen; je dunkler die Zelle, desto mehr Praxisbeispiele.',
  stages: 'Stufen des politischen Schwerpunkts',
  allPractices: 'Alle Praxisbeispiele im Katalog',
  allCountries: 'Alle Länder',
  allPublished: (n) => `Alle Praxisbeispiele (${n.toLocaleString('de')})`,
}

const messages: Record<Locale, HomeMessages> = { en, nl, fr, de }

export const homeMessagesFor = (locale: Locale): HomeMessages => messages[locale]
