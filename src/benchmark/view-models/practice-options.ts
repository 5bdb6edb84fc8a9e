import type { Locale } from '@/framework'
import { regionName } from '@/framework/language-names'
import { titleOf, type InventoryPractice } from '@/benchmark/data/inventory'

/** Published practices as choices: "Title (Country)", by title. */
export function practiceOptions(locale: Locale, practices: readonly InventoryPractice[]): { id: string; label: string }[] {
  return practices
    .map((p) => ({ id: String(p.id), label: `${titleOf(p, locale)} (${regionName(p.country)[locale]})` }))
    .sort((a, b) => a.label.localeCompare(b.label, locale))
}
