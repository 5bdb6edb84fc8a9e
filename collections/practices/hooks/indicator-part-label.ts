import { fieldByKey, sectionOfQuestion } from '@/framework'
import { partLabels } from '@/framework/part-labels'
import type { Locale } from '@/framework/types'

/**
 * Names one part of an indicator as Payload names its own fields in an error, by tab and labels in the user's
 * language ("Results > Indicators 1 > Source"), so that a message reached from another tab says where to look.
 */
export const indicatorPartLabel = (locale: Locale, index: number, part: 'source' | 'metric') =>
  [sectionOfQuestion('indicators')?.title[locale], `${fieldByKey('indicators').label[locale]} ${index + 1}`, partLabels[part][locale]]
    .filter(Boolean)
    .join(' > ')
