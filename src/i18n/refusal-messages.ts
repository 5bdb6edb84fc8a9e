import type { Locale } from './locales'

/** Why the server refused a write, in the language of whoever asked (the admin's or the Accept-Language header's). */
const en = {
  noCountries: 'none',
  ownCountriesOnly: {
    practices: (own: string) => `You can file practices only under your own countries (${own}).`,
    organisations: (own: string) => `You can file organisations only under your own countries (${own}).`,
  },
  organisationShown: (practices: string) => `This organisation is shown on published practices (${practices}); ask a reviewer to change it.`,
}

export type RefusalMessages = typeof en

const nl: RefusalMessages = {
  noCountries: 'geen',
  ownCountriesOnly: {
    practices: (own) => `Je kunt praktijken alleen onder je eigen landen opslaan (${own}).`,
    organisations: (own) => `Je kunt organisaties alleen onder je eigen landen opslaan (${own}).`,
  },
  organisationShown: (practices) => `Deze organisatie staat op gepubliceerde praktijken (${practices}); vraag een reviewer om ze te wijzigen.`,
}

const fr: RefusalMessages = {
  noCountries: 'aucun',
  ownCountriesOnly: {
    practices: (own) => `Vous ne pouvez classer des pratiques que sous vos propres pays (${own}).`,
    organisations: (own) => `Vous ne pouvez classer des organisations que sous vos propres pays (${own}).`,
  },
  organisationShown: (practices) => `Cette organisation figure sur des pratiques publiées (${practices}) ; demandez à un relecteur de la modifier.`,
}

const de: RefusalMessages = {
  noCountries: 'keine',
  ownCountriesOnly: {
    practices: (own) => `Sie können Praxisbeispiele nur unter Ihren eigenen Ländern ablegen (${own}).`,
    organisations: (own) => `Sie können Organisationen nur unter Ihren eigenen Ländern ablegen (${own}).`,
  },
  organisationShown: (practices) => `Diese Organisation wird in veröffentlichten Praxisbeispielen gezeigt (${practices}); bitten Sie eine Prüferin, sie zu ändern.`,
}

const messages: Record<Locale, RefusalMessages> = { en, nl, fr, de }

export const refusalMessagesFor = (locale: Locale): RefusalMessages => messages[locale]
