/** The practices a visitor has picked for the comparison page, kept in localStorage. */
import { compareSearch, MAX_COMPARED } from '@/url-state/compare-query'
import { slugFormat } from '@/framework/formats'

export const COMPARE_STORAGE_KEY = 'atlas.compare'
export { MAX_COMPARED }

/** The stored list, tolerating anything else a visitor's storage may hold. */
export function parseCompareList(raw: string | null): string[] {
  let value: unknown
  try {
    value = raw ? JSON.parse(raw) : []
  } catch {
    return []
  }
  if (!Array.isArray(value)) return []
  const slugs = value.filter((v): v is string => typeof v === 'string' && slugFormat.test(v))
  return [...new Set(slugs)].slice(0, MAX_COMPARED)
}

export type ToggleResult = { slugs: string[]; outcome: 'added' | 'removed' | 'full' }

/** Adds the slug, or removes it when present; refuses a fifth practice. */
export function toggleCompared(slugs: readonly string[], slug: string): ToggleResult {
  if (slugs.includes(slug)) return { slugs: slugs.filter((s) => s !== slug), outcome: 'removed' }
  if (slugs.length >= MAX_COMPARED) return { slugs: [...slugs], outcome: 'full' }
  return { slugs: [...slugs, slug], outcome: 'added' }
}

export const compareHref = (locale: string, slugs: readonly string[], diffOnly = false) => `/${locale}/compare${compareSearch(slugs, diffOnly)}`
