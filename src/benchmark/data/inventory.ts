import 'server-only'

import type { Payload, PayloadRequest } from 'payload'
import { cache } from 'react'

import { criterionPrevalence, type PrevalenceByElement } from '@/benchmark/criterion-prevalence'
import { factsFromPractice } from '@/benchmark/practice-facts'
import { allQuestions, type Locale, type PracticeFacts } from '@/framework'
import { GenerationCache } from '@/data/generation-cache'
import { payloadClient } from '@/data/payload-client'
import { readFromPrimary } from '@/data/primary-read'
import { anonymousViewer } from '@/data/viewer'

export interface InventoryPractice {
  id: number
  slug: string
  /** the title in each locale it is written in */
  title: Partial<Record<Locale, string>>
  country: string
  facts: PracticeFacts
}

/** The published practices the benchmark compares with, and how common each element is among them. */
export interface BenchmarkInventory {
  practices: readonly InventoryPractice[]
  byId: ReadonlyMap<number, InventoryPractice>
  prevalence: PrevalenceByElement
}

const PAGE = 250
const computed = new GenerationCache<BenchmarkInventory>(1)

export const titleOf = (practice: InventoryPractice, locale: Locale): string => practice.title[locale] || practice.title.en || practice.slug

/**
 * The inventory as the public sees it: published practices, without the
 * synthetic load-test records (they are no evidence of anything), read in all
 * locales so that a narrative written in any language counts. Computed once
 * per request and kept until the next write to practices (the catalogue's
 * generation counter), since criterion rules run in JavaScript, not SQL.
 */
export const getBenchmarkInventory = cache(async (): Promise<BenchmarkInventory> => {
  const payload = await payloadClient()
  const pool = (payload.db as unknown as { pool: { query: (text: string) => Promise<{ rows: { value: string }[] }> } }).pool
  const generation = (await pool.query('SELECT value::text FROM catalogue_generation')).rows[0]?.value ?? '0'
  const cached = computed.get(generation, 'inventory')
  if (cached) return cached
  const select = Object.fromEntries(['slug', 'title', 'country', ...allQuestions().map((q) => q.key)].map((key) => [key, true]))
  const practices = await readFromPrimary(payload, (req) => publishedPractices(payload, select, req))
  const inventory: BenchmarkInventory = {
    practices,
    byId: new Map(practices.map((p) => [p.id, p])),
    prevalence: criterionPrevalence(practices.map((p) => p.facts)),
  }
  computed.set(generation, 'inventory', inventory)
  return inventory
})

/** Every published, non-synthetic practice in all locales, a page at a time. */
async function publishedPractices(payload: Payload, select: Record<string, boolean>, req: PayloadRequest | undefined): Promise<InventoryPractice[]> {
  const practices: InventoryPractice[] = []
  for (let page = 1; ; page++) {
    const result = await payload.find({
      req,
      collection: 'practices',
      where: { and: [{ _status: { equals: 'published' } }, { or: [{ synthetic: { equals: false } }, { synthetic: { exists: false } }] }] },
      draft: false,
      locale: 'all',
      depth: 0,
      select,
      sort: 'id',
      limit: PAGE,
      page,
      overrideAccess: false,
      user: anonymousViewer.user,
    })
    for (const doc of result.docs) {
      const record = doc as unknown as { id: number; slug: string; title: unknown; country: unknown }
      practices.push({
        id: record.id,
        slug: record.slug,
        title: (typeof record.title === 'object' && record.title !== null ? record.title : { en: String(record.title) }) as InventoryPractice['title'],
        country: String(record.country),
        facts: factsFromPractice(doc),
      })
    }
    if (!result.hasNextPage) break
  }
  return practices
}
