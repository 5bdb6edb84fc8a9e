import type { LabelFunction } from 'payload'

import { adminLocale } from '@/admin/admin-locale'
import { type CatalogueKey, labelsOf } from './labels-of'

/** One catalogue message as a label that Payload resolves in the admin's language before it uses it. */
const labelIn =
  (key: CatalogueKey): LabelFunction =>
  ({ i18n }) =>
    labelsOf(key)[adminLocale(i18n.language)]

/**
 * A collection's singular and plural labels. Functions, not { en, nl, … } objects: Payload's dashboard puts the
 * plural label as it is into its "Create new …" button names, where an object reads "[object Object]"; a
 * function it calls first (groupNavItems), as every other place that shows a collection's label does.
 */
export const collectionLabels = (singular: CatalogueKey, plural: CatalogueKey) => ({
  singular: labelIn(singular),
  plural: labelIn(plural),
})
