'use client'

import { useEffect, useRef, useState } from 'react'

import type { Locale } from '@/framework/types'
import type { CompareTrayTexts } from '@/view-models/compare/tray-texts'
import { compareHref } from './compare-list'
import { useCompareList } from './use-compare-list'

/**
 * The practices picked for comparison, kept across pages: how many, a link to compare them and a way to
 * start over. Shown only while the list holds something (and so never without JavaScript).
 */
export function CompareTray({ locale, texts: t }: { locale: Locale; texts: CompareTrayTexts }) {
  const list = useCompareList()
  const [cleared, setCleared] = useState(false)
  const message = useRef<HTMLParagraphElement>(null)
  const slugs = list.slugs ?? []
  // The button that cleared the list is gone: keep the keyboard focus in the tray, on what it now says.
  useEffect(() => {
    if (cleared) message.current?.focus()
  }, [cleared])
  return (
    <section className="compare-tray" aria-label={t.trayLabel} hidden={slugs.length === 0 && !cleared}>
      {slugs.length > 0 && (
        <>
          <p>{t.traySelected[slugs.length]}</p>
          <a href={compareHref(locale, slugs)}>{t.compareSelected[slugs.length]}</a>
          <button type="button" onClick={() => setCleared(list.clear())}>
            {t.clear}
          </button>
        </>
      )}
      <p aria-live="polite" ref={message} tabIndex={-1} className={slugs.length > 0 ? 'visually-hidden' : undefined}>
        {cleared && slugs.length === 0 ? t.cleared : ''}
      </p>
    </section>
  )
}
