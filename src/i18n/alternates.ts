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
  const request = await headers()
  const host = request.get('x-forwarded-host') ?? request.get('host')
  if (!host) return null
  const protocol = request.get('x-forwarded-proto') ?? 'http'
  return new URL(`${protocol}://${host}`)
}
