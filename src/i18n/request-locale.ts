import type { PayloadRequest } from 'payload'

import { isLocale, type Locale } from './locales'

/** The locale of Payload's interface language for a request (the admin's choice, else Accept-Language); English otherwise. */
export const requestLocale = (req: PayloadRequest): Locale => (isLocale(req.i18n.language) ? req.i18n.language : 'en')
