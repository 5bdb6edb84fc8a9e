import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { listPublishedPractices } from '../../../src/data/practices'
import { anonymousViewer } from '../../../src/data/viewer'
import { languageAlternates } from '../../../src/i18n/alternates'
import { isLocale } from '../../../src/i18n/locales'
import { messagesFor } from '../../../src/i18n/messages'

// Content changes whenever a reviewer publishes; render per request.
export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params
  return isLocale(locale) ? { alternates: languageAlternates(locale, '') } : {}
}

export default async function HomePage({ params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const t = messagesFor(locale)
  const { items, total } = await listPublishedPractices(anonymousViewer, locale)
  return (
    <>
      <h1>{t.siteName}</h1>
      <p className="lead">{t.tagline}</p>
      <section aria-labelledby="practices-heading">
        <h2 id="practices-heading">{t.practicesHeading}</h2>
        <p>{t.practicesCount(total)}</p>
        {items.length === 0 ? (
          <p>{t.noPractices}</p>
        ) : (
          <ul className="cards">
            {items.map((item) => (
              <li key={item.slug} className="card">
                <h3>
                  <a href={`/${locale}/practices/${item.slug}`}>{item.title}</a>
                </h3>
                <p className="meta">{[item.country.name, item.region].filter(Boolean).join(' · ')}</p>
                {item.summary && <p>{item.summary}</p>}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  )
}
