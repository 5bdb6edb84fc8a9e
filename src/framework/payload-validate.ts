/**
 * Validation of the admin's text fields whose value has a format, answered in the user's admin language
 * (Payload passes the request to `validate`). An empty value passes unless the field is required (a custom
 * `validate` replaces Payload's own required check, so it is repeated here with Payload's message).
 */
import type { Validate } from 'payload'

import { requestLocale } from '@/i18n/request-locale'
import { translations } from '@/i18n/translations'
import { isRoundName } from '@/rounds/round-name'
import { isHttpUrl, metricKeyFormat, period, slugFormat, sourceKeyFormat, timeOfDay } from './formats'

const formats = {
  slug: (value: string) => slugFormat.test(value),
  sourceKey: (value: string) => sourceKeyFormat.test(value),
  indicatorSource: (value: string) => sourceKeyFormat.test(value),
  metric: (value: string) => metricKeyFormat.test(value),
  metricKey: (value: string) => metricKeyFormat.test(value),
  timeOfDay: (value: string) => timeOfDay.test(value),
  period: (value: string) => period.test(value),
  httpUrl: isHttpUrl,
  roundName: isRoundName,
}

/** A validate function for one format; its message names what is expected in the user's language. */
export const validateFormat =
  (format: keyof typeof formats): Validate<string | null | undefined> =>
  (value, { req, required }) => {
    if (!value) return required ? req.t('validation:required') : true
    return formats[format](value) ? true : translations(requestLocale(req), 'validation')[format]
  }

export const validateUrl = validateFormat('httpUrl')

/** The slug may stay empty in a draft (fillSlug makes it from the English title); a published version needs one. */
export const validateSlug: Validate<string | null | undefined> = (value, options) =>
  !value && (options.data as { _status?: string } | undefined)?._status === 'published'
    ? translations(requestLocale(options.req), 'validation').slugNeeded
    : validateFormat('slug')(value, options)
