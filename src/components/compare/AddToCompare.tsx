'use client'

import { useState } from 'react'

import type { Locale } from '@/framework/types'
import type { CompareTrayTexts } from '@/view-models/compare/tray-texts'
import { compareHref } from './compare-list'
import { useCompareList } from './use-compare-list'

interface Props {
  locale: Locale
  /** the strings of the comparison controls, in the page's language only */
  texts: CompareTrayTexts
  slug: string
  /** the practice's title, when other practices' buttons share the page (it completes the button's name) */
  title?: string
  /** without JavaScript or storage, link to a comparison of this practice alone (otherwise show nothing) */
  fallback?: boolean
}

/**
 * Adds this practice to (or removes it from) the visitor's comparison list; the comparison tray links to
 * the comparison.
 */
export function AddToCompare({ locale, texts: t, slug, title, fallback = true }: Props) {
  const list = useCompareList()
  const [status, setStatus] = useState('')
  if (!list.slugs) {
    return fallback ? (
      <p className="compare-control">
        <a href={compareHref(locale, [slug])}>{t.compareThis}</a>
      </p>
    ) : null
  }
  const toggle = () => {
    const result = list.toggle(slug)
    if (!result) return
    if (result.outcome === 'full') return setStatus(t.compareFull)
    const message = result.outcome === 'added' ? t.compareAdded : t.compareRemoved
    setStatus(message[result.slugs.length]!)
  }
  return (
    <div className="compare-control">
      <button type="button" aria-pressed={list.slugs.includes(slug)} onClick={toggle}>
        {t.addToCompare}
        {title && <span className="visually-hidden">({title})</span>}
      </button>
      <p role="status" className="compare-status">
        {status}
      </p>
    </div>
  )
}
