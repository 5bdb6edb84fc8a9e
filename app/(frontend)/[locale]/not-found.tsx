'use client'

import { usePageLanguage } from '@/components/PageLanguage'

/** Shown for an address under /{locale} with nothing published at it, in that language. */
export default function PublicNotFound() {
  const { locale, errors: t } = usePageLanguage()
  return (
    <>
      <h1>{t.notFoundTitle}</h1>
      <p>
        {t.notFoundBody} <a href={`/${locale}`}>{t.toHomePage}</a>.
      </p>
    </>
  )
}
