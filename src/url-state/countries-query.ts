/** The countries named in a URL (`?countries=BE,NL` or `?countries=BE&countries=NL`): ISO codes, upper case, once each. */
export const MIN_COUNTRIES = 2
export const MAX_COUNTRIES = 4

export const countryCodeFormat = /^[A-Z]{2}$/

type SearchValue = string | string[] | undefined

/** More codes than this are not even looked at: enough to say that too many were given. */
const CODES_READ = 12

/** The codes as given, upper-cased and without repeats; malformed ones are kept so the page can name them. */
export function parseCountryCodes(value: SearchValue): string[] {
  const raw = (value === undefined ? [] : Array.isArray(value) ? value : [value]).flatMap((v) => v.split(','))
  return [...new Set(raw.map((code) => code.trim().toUpperCase().slice(0, 8)).filter(Boolean))].slice(0, CODES_READ)
}
