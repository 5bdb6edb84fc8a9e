import type { Locale } from '@/framework'
import { translations } from '@/i18n/translations'

/** The private link of an assessment made without an account, to copy and keep; left out of the printed report, which may travel further. */
export function PrivateLink({ locale, url }: { locale: Locale; url: string }) {
  const t = translations(locale, 'benchmark')
  return (
    <section aria-labelledby="private-link" className="private-link no-print">
      <h2 id="private-link">{t.privateLinkHeading}</h2>
      <p id="private-link-note">{t.privateLinkNote}</p>
      <label htmlFor="private-link-url">{t.privateLinkLabel}</label>
      <input id="private-link-url" type="text" readOnly value={url} aria-describedby="private-link-note" />
    </section>
  )
}
