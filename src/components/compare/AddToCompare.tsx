'use client'

import { useState, useSyncExternalStore } from 'react'

import type { Locale } from '../../framework/types'
import { messagesFor } from '../../i18n/messages'
import { compareHref, MAX_COMPARED, parseCompareList, toggleCompared } from './compare-list'
import { readCompareList, serverCompareList, subscribeCompareList, writeCompareList } from './compare-store'

/**
 * Adds this practice to (or removes it from) the visitor's comparison list and links to the comparison.
 * Without JavaScript or storage it is a plain link comparing this practice alone.
 */
export function AddToCompare({ locale, slug }: { locale: Locale; slug: string }) {
  const t = messagesFor(locale)
  const raw = useSyncExternalStore(subscribeCompareList, readCompareList, serverCompareList)
  const [status, setStatus] = useState('')
  if (!raw) {
    return (
      <p className="compare-control">
        <a href={compareHref(locale, [slug])}>{t.compareThis}</a>
      </p>
    )
  }
  const slugs = parseCompareList(raw)
  const toggle = () => {
    const result = toggleCompared(slugs, slug)
    if (result.outcome === 'full') return setStatus(t.compareFull(MAX_COMPARED))
    if (!writeCompareList(result.slugs)) return
    const message = result.outcome === 'added' ? t.compareAdded : t.compareRemoved
    setStatus(message(result.slugs.length, MAX_COMPARED))
  }
  return (
    <div className="compare-control">
      <button type="button" aria-pressed={slugs.includes(slug)} onClick={toggle}>
        {t.addToCompare}
      </button>
      {slugs.length > 0 && <a href={compareHref(locale, slugs)}>{t.compareSelected(slugs.length)}</a>}
      <p role="status" className="compare-status">
        {status}
      </p>
    </div>
  )
}
