'use client'

import { useSyncExternalStore } from 'react'

import { parseCompareList, toggleCompared, type ToggleResult } from './compare-list'
import { readCompareList, serverCompareList, subscribeCompareList, writeCompareList } from './compare-store'

export interface CompareList {
  /** the stored slugs; null where there is no storage (on the server, without JavaScript, storage blocked) */
  slugs: string[] | null
  /** adds or removes the slug; null when storage refused the change */
  toggle: (slug: string) => ToggleResult | null
  clear: () => boolean
}

/** The visitor's comparison list in localStorage, shared by every component and tab that shows it. */
export function useCompareList(): CompareList {
  const raw = useSyncExternalStore(subscribeCompareList, readCompareList, serverCompareList)
  const slugs = raw ? parseCompareList(raw) : null
  return {
    slugs,
    toggle: (slug) => {
      const result = toggleCompared(slugs ?? [], slug)
      return result.outcome === 'full' || writeCompareList(result.slugs) ? result : null
    },
    clear: () => writeCompareList([]),
  }
}
