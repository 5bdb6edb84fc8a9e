/**
 * The problems zod finds in a submitted assessment, as sentences in the
 * page's language that name the element concerned. Only crafted or corrupted
 * requests and over-long texts get here: the form itself offers valid values.
 */
import type { z } from 'zod'

import type { Locale } from '@/framework'
import type { Translations } from '@/i18n/translate'
import { MAX_PEERS, NAME_MAX_LENGTH, NOTE_MAX_LENGTH } from './answer-limits'
import { benchmarkElements } from './elements'

const elementLabel = (key: PropertyKey, locale: Locale): string =>
  benchmarkElements().find((e) => e.key === key)?.criterion.label[locale] ?? String(key)

function sentence(issue: z.core.$ZodIssue, t: Translations<'benchmark'>, locale: Locale): string {
  const [field, element, part] = issue.path
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.join(', ')
    return field === 'answers' ? t.errors.unknownElements({ keys }) : t.errors.unknownFields({ names: keys })
  }
  if (field === 'answers' && element !== undefined) {
    const label = elementLabel(element, locale)
    if (part === 'note') return t.errors.noteTooLong({ element: label, max: NOTE_MAX_LENGTH })
    if (part === 'targetDate') return t.errors.badDate({ element: label })
    if (part === undefined && issue.code === 'custom') return t.errors.notInSections({ element: label })
    return t.errors.invalidField({ field: label })
  }
  if (field === 'name') return t.errors.nameTooLong({ max: NAME_MAX_LENGTH })
  if (field === 'peers' && issue.code === 'too_big') return t.errors.tooManyPeers({ max: MAX_PEERS })
  if (field === 'sections' && issue.code === 'too_small') return t.chooseSections
  return t.errors.invalidField({ field: issue.path.join('.') })
}

/** One sentence per problem, without repeats. */
export function inputErrors(error: z.ZodError, t: Translations<'benchmark'>, locale: Locale): string[] {
  return [...new Set(error.issues.map((issue) => sentence(issue, t, locale)))]
}
