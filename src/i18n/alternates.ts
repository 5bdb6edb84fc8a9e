import type { Metadata } from 'next'
import { headers } from 'next/headers'

import { defaultLocale } from '@/framework/types'
import { locales, type Locale } from './locales'

/**
 * The same page in every interface language, for <link rel="alternate" hreflang> (x-default: English).
 * `path` is the part after the locale: '' for the home page, '/practices/clbchat' for a practice.
 */
export function languageAlternates(locale: Locale, path: string): NonNullable<Metadata['alternates']> {
  const url = (l: Locale) => `/${l}${path}`
  return {
    canonical: url(locale),
    languages: { ...Object.fromEntries(locales.map((l) => [l, url(l)])), 'x-default': url(defaultLocale) },
  }
}

/** The public origin that relative metadata URLs resolve against: SERVER_URL, else the request's host. */
export async function metadataBase(): Promise<URL | null> {
  if (process.env.SERVER_URL) return new URL(process.env.SERVER_URL)
  return requestOrigin(await headers())
}

/**
 * The origin a request's headers name (X-Forwarded-Host and -Proto, else Host), http or https; null when they name
 * none. A client writes these headers: one that makes no web address ("a b") gives no origin rather than a 500.
 */
export function requestOrigin(request: Pick<Headers, 'get'>): URL | null {
  const host = request.get('x-forwarded-host') ?? request.get('host')
  if (!host) return null
  const protocol = request.get('x-forwarded-proto') === 'https' ? 'https' : 'http'
  try {
    return new URL(`${protocol}://${host}`)
  } catch {
    return null
  }
}
