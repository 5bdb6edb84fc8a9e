import { locales, type Locale } from '@/framework/types'

export { locales, type Locale }

export const isLocale = (value: string): value is Locale => (locales as readonly string[]).includes(value)

export const localeNames: Record<Locale, string> = { en: 'English', nl: 'Nederlands', fr: 'Français', de: 'Deutsch' }
