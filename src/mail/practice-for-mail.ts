import type { Payload } from 'payload'

import { isLocale, type Locale } from '@/i18n/locales'
import type { User } from '@/payload-types'

/** What a workflow mail says about a practice. */
export interface PracticeForMail {
  id: number
  /** ISO code. */
  country: string
  /** The title in each language it is written in. */
  titles: Partial<Record<Locale, string>>
  originalLanguage: string | null
  /** The coordinator who submitted it (practices' `submittedBy`, which the workflow sets). */
  submittedBy: number | null
}

type Related = number | string | { id: number | string } | null | undefined
const idOf = (value: Related) => (value != null && typeof value === 'object' ? value.id : value)

/** The practice's latest version (a submitted draft included) in every language, as `actor` may read it; null when gone. */
export async function practiceForMail(payload: Payload, id: number, actor: User): Promise<PracticeForMail | null> {
  const doc = await payload.findByID({
    collection: 'practices',
    id,
    draft: true,
    depth: 0,
    locale: 'all',
    overrideAccess: false,
    user: { ...actor, collection: 'users' },
    disableErrors: true,
  })
  if (!doc) return null
  // With locale 'all' a localized field holds one value per language.
  const titles = doc.title as unknown as Partial<Record<string, string | null>>
  const submittedBy = idOf(doc.submittedBy as Related)
  return {
    id: doc.id,
    country: String(idOf(doc.country as Related)),
    titles: Object.fromEntries(Object.entries(titles ?? {}).filter((e): e is [Locale, string] => isLocale(e[0]) && Boolean(e[1]))),
    originalLanguage: doc.originalLanguage ?? null,
    submittedBy: typeof submittedBy === 'number' ? submittedBy : null,
  }
}

/** The title in `language` when the practice has one, else in its original language, else in English or any. */
export function titleIn(practice: PracticeForMail, language: Locale): string {
  const { titles, originalLanguage } = practice
  return titles[language] ?? (originalLanguage && isLocale(originalLanguage) ? titles[originalLanguage] : undefined) ?? titles.en ?? Object.values(titles)[0] ?? `#${practice.id}`
}
