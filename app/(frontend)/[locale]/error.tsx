'use client'

import { usePageLanguage } from '@/components/PageLanguage'

/** Shown instead of a page that failed on the server: a plain message, never the error's details. */
export default function PublicError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const { locale, errors: t } = usePageLanguage()
  return (
    <>
      <h1>{t.errorTitle}</h1>
      <p>{t.errorBody}</p>
      <p>
        <button type="button" onClick={reset}>
          {t.tryAgain}
        </button>{' '}
        <a href={`/${locale}`}>{t.homePage}</a>
      </p>
    </>
  )
}
