import type { Catalogue } from '@/i18n/catalogues/catalogue'
import { catalogues } from '@/i18n/catalogues'
import { labelsOf } from '@/i18n/labels-of'
import type { Text } from './types'

type Part = keyof Catalogue['answerParts']

/**
 * The admin's labels of the parts of structured answers (opening-hour slots, contact persons, indicators, steps,
 * sources) in every interface language, from the catalogues' `answerParts` namespace.
 */
export const partLabels = Object.fromEntries(
  (Object.keys(catalogues.en.answerParts) as Part[]).map((part) => [part, labelsOf(`answerParts.${part}`)]),
) as Record<Part, Text>
