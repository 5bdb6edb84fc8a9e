import type { Messages } from '@/i18n/catalogues/catalogue'
import type { Locale } from '@/i18n/locales'

/** What a not-found page says, in the page's language, with the way back to the home page. */
export function NotFoundMessage({ locale, errors: t }: { locale: Locale; errors: Messages<'errors'> }) {
  return (
    <>
      <h1>{t.notFoundTitle}</h1>
      <p>
        {t.notFoundBody} <a href={`/${locale}`}>{t.toHomePage}</a>.
      </p>
    </>
  )
}
