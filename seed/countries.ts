import type { countryGroups } from '../collections/countries'

type Group = (typeof countryGroups)[number]

/** EU member states, the other EEA countries, the candidate countries (and Kosovo, a potential candidate) and the UK. */
export const countrySeeds: { code: string; group: Group }[] = [
  ...['AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE'].map(
    (code) => ({ code, group: 'eu' as const }),
  ),
  ...['IS', 'LI', 'NO'].map((code) => ({ code, group: 'eea' as const })),
  ...['AL', 'BA', 'GE', 'MD', 'ME', 'MK', 'RS', 'TR', 'UA'].map((code) => ({ code, group: 'candidate' as const })),
  { code: 'XK', group: 'potentialCandidate' },
  { code: 'GB', group: 'uk' },
]
