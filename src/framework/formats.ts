/** Value formats shared by the Payload fields and the zod schemas. */
export const timeOfDay = /^([01]\d|2[0-3]):[0-5]\d$/
/** A calendar year (2016) or a school year (2016-17). */
export const period = /^\d{4}(-\d{2})?$/
export const slugFormat = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
export const sourceKeyFormat = /^[a-z0-9][a-z0-9-]*$/
/** The key of a metric, as indicators store it: camelCase, e.g. occupationalProfiles. */
export const metricKeyFormat = /^[a-z][a-zA-Z0-9]{1,47}$/

export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value)
    return url.protocol === 'http:' || url.protocol === 'https:'
  } catch {
    return false
  }
}
