/**
 * The catalogue index: every published practice of one catalogue generation held in memory as bit sets, one
 * per facet option and per country (bit d = the practice at position d of `ids`), so that filtering and
 * counting take microseconds instead of a scan in PostgreSQL. Each instance builds its own from the shared
 * database when the generation (bumped by every write to practices) moves, so a publish through any
 * instance shows on the next request to every other. Sort orders other than relevance are read from
 * PostgreSQL once per generation and language, when first asked for, so that titles sort by the
 * database's collation exactly as the SQL catalogue does.
 */
import 'server-only'

import { TypedFastBitSet } from 'typedfastbitset'

import type { Locale } from '@/framework/types'
import type { CatalogueQuery } from '@/url-state/catalogue-query'
import { facets, sinceCutoff } from './catalogue-facets'
import { indexColumnsStatement, orderingStatement } from './catalogue-sql'
import type { Queryable } from './generation-read'

export type IndexedSort = Exclude<CatalogueQuery['sort'], 'relevance'>

export interface CatalogueIndex {
  generation: string
  /** practice ids by position */
  ids: Int32Array
  /** position of each practice id, -1 for none */
  positionOf: (id: number) => number
  /** every indexed practice */
  all: TypedFastBitSet
  /**
   * per facet parameter, one bit set per option (in the facet's option order), the country facet's by code;
   * a `since` facet's for the day of `now`
   */
  optionSets: (param: string, now: Date) => Map<string, TypedFastBitSet>
  /** bytes of the arrays and bit sets above (the orderings add 4 bytes per practice each) */
  bytes: number
  /** positions in the order of `sort` in `locale` (read when first asked for) */
  ordering: (sort: IndexedSort, locale: Locale) => Promise<Int32Array>
  /** country names in `locale` by code (read when first asked for) */
  countryNames: (locale: Locale) => Promise<Map<string, string>>
}

/** Per column (`id`, then each facet's parameter), its values in id order, joined by commas; null when none is published. */
type IndexColumns = Record<string, string | null>

type SinceFacet = Extract<(typeof facets)[number], { kind: 'since' }>
const sinceFacets = facets.filter((f): f is SinceFacet => f.kind === 'since')

/** A `since` facet's dates by position, and its option's bit set for the cutoff last asked for. */
function sinceSets(facet: SinceFacet, values: readonly string[]) {
  const times = Float64Array.from(values, (value) => (value === '' ? Number.NaN : Number(value)))
  let held: { cutoff: number; sets: Map<string, TypedFastBitSet> } | undefined
  return (now: Date) => {
    const cutoff = sinceCutoff(facet.months, now).getTime()
    if (held?.cutoff !== cutoff) {
      const set = new TypedFastBitSet()
      times.forEach((time, position) => time >= cutoff && set.add(position))
      set.resize(values.length)
      held = { cutoff, sets: new Map([[facet.options[0].key, set]]) }
    }
    return held.sets
  }
}

/** Adds `position` to the sets of the bits set in a 32-bit mask word (bit i = set i). */
function addBits(word: number, sets: readonly TypedFastBitSet[], position: number) {
  for (let bits = word; bits !== 0; bits &= bits - 1) sets[31 - Math.clz32(bits & -bits)].add(position)
}

/** The option bit sets of one facet from its stored values by position ('' for none). */
function facetBitSets(facet: (typeof facets)[number], values: readonly string[]): Map<string, TypedFastBitSet> {
  const sets = new Map<string, TypedFastBitSet>()
  const setOf = (key: string) => sets.get(key) ?? sets.set(key, new TypedFastBitSet()).get(key)!
  const optionSets = facet.kind === 'country' || facet.kind === 'since' ? [] : facet.options.map((o) => setOf(o.key))
  values.forEach((value, position) => {
    if (value === '') return
    if (facet.kind !== 'mask') return setOf(value).add(position)
    // bit i of the mask = option i (src/data/facet-masks-sql.ts); masks are read as text, bigint ones in two words
    if (!facet.wide) return addBits(Number(value), optionSets, position)
    const mask = BigInt(value)
    addBits(Number(mask & 0xffffffffn), optionSets, position)
    addBits(Number(mask >> 32n), optionSets.slice(32), position)
  })
  // all sets as long as the index, so that intersections compare whole words
  for (const set of sets.values()) set.resize(values.length)
  return sets
}

/** `read` called once per key (again after a failure). */
function once<Args extends unknown[], Value>(keyOf: (...args: Args) => string, read: (...args: Args) => Promise<Value>) {
  const held = new Map<string, Promise<Value>>()
  return (...args: Args): Promise<Value> => {
    const key = keyOf(...args)
    if (!held.has(key)) held.set(key, read(...args).catch((error: unknown) => (held.delete(key), Promise.reject(error))))
    return held.get(key)!
  }
}

async function buildIndex(db: Queryable, generation: string): Promise<CatalogueIndex> {
  const statement = indexColumnsStatement()
  const { rows } = await db.query<IndexColumns>(statement.text, statement.values)
  const column = (name: string) => (rows[0]?.[name] == null ? [] : rows[0][name].split(','))
  const ids = Int32Array.from(column('id'), Number)
  const positions = new Int32Array((ids.length ? ids[ids.length - 1] : 0) + 1).fill(-1)
  ids.forEach((id, position) => (positions[id] = position))
  const all = new TypedFastBitSet()
  all.addRange(0, ids.length)
  all.resize(ids.length)
  const positionOf = (id: number) => (id >= 0 && id < positions.length ? positions[id] : -1)
  const readNames = async (locale: Locale) => {
    const { rows: names } = await db.query<{ code: string; name: string }>(
      'SELECT _parent_id AS code, name FROM countries_locales WHERE _locale = $1',
      [locale],
    )
    return new Map(names.map((n) => [n.code, n.name]))
  }
  const readOrdering = async (sort: IndexedSort, locale: Locale) => {
    const ordering = orderingStatement(sort, locale)
    const { rows: ordered } = await db.query<{ ids: string | null }>(ordering.text, ordering.values)
    // A practice published after this index was built is left out until the next generation's index.
    return Int32Array.from((ordered[0]?.ids?.split(',') ?? []).map((id) => positionOf(Number(id))).filter((p) => p >= 0))
  }
  const options = new Map(facets.filter((f) => f.kind !== 'since').map((facet) => [facet.param, facetBitSets(facet, column(facet.param))]))
  const sinceOptions = new Map(sinceFacets.map((facet) => [facet.param, sinceSets(facet, column(facet.param))]))
  // a since facet holds a date (8 bytes) per practice and one bit set
  let bytes = ids.byteLength + positions.byteLength + all.words.byteLength + sinceFacets.length * (ids.length * 8 + all.words.byteLength)
  for (const sets of options.values()) for (const set of sets.values()) bytes += set.words.byteLength
  return {
    generation,
    ids,
    positionOf,
    all,
    optionSets: (param, now) => options.get(param) ?? sinceOptions.get(param)!(now),
    bytes,
    // newest does not depend on the language
    ordering: once((sort: IndexedSort, locale: Locale) => (sort === 'newest' ? sort : `${sort}:${locale}`), readOrdering),
    countryNames: once((locale: Locale) => locale, readNames),
  }
}

/** The index being built or held for each database (a pool or client): one per instance and database. */
const indexes = new WeakMap<Queryable, Promise<CatalogueIndex>>()

/** The index of `generation`, built once however many requests ask for it meanwhile. */
export function catalogueIndex(db: Queryable, generation: string): Promise<CatalogueIndex> {
  const held = indexes.get(db)
  // An index built for a later generation than a request read holds data at least as new: it serves too.
  const next = held
    ? held.then((index) => (BigInt(index.generation) >= BigInt(generation) ? index : buildIndex(db, generation)), () => buildIndex(db, generation))
    : buildIndex(db, generation)
  indexes.set(db, next)
  return next
}
