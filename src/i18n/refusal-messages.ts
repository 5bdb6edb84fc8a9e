import type { Locale } from './locales'

/** Why the server refused a write, in the language of whoever asked (the admin's or the Accept-Language header's). */
const en = {
  noCountries: 'none',
  ownCountriesOnly: {
    practices: (own: string) => `You can file practices only under your own countries (${own}).`,
    organisations: (own: string) => `You can file organisations only under your own countries (${own}).`,
  },
}

export type RefusalMessages = typeof en

const nl: RefusalMessages = {
  noCountries: 'geen',
  ownCountriesOnly: {
    practices: (own) => `Je kunt praktijken alleen onder je eigen landen opslaan (${own}).`,
    organisations: (own) => `Je kunt organisaties alleen onder je eigen landen opslaan (${own}).`,
  },
}

const fr: RefusalMessages = {
  noCountries: 'aucun',
  ownCountriesOnly: {
    practices: (own) => `Vous ne pouvez classer des pratiques que sous vos propres pays (${own}).`,
    organisations: (own) => `Vous ne pouvez classer des organisations que sous vos propres pays (${own}).`,
  },
}

const de: RefusalMessages = {
  noCountries: 'keine',
  ownCountriesOnly: {
    practices: (own) => `Sie können Praxisbeispiele nur unter Ihren eigenen Ländern ablegen (${own}).`,
    organisations: (own) => `Sie können Organisationen nur unter Ihren eigenen Ländern ablegen (${own}).`,
  },
}

const messages: Record<Locale, RefusalMessages> = { en, nl, fr, de }

export const refusalMessagesFor = (locale: Locale): RefusalMessages => messages[locale]
