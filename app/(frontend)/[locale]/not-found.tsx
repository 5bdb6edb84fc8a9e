'use client'

import { NotFoundMessage } from '@/components/NotFoundMessage'
import { usePageLanguage } from '@/components/PageLanguage'

/**
 * Shown for an address under /{locale} with nothing published at it, in that language. Next renders it in the
 * browser when a page calls notFound() (its server HTML is then an empty shell, vercel/next.js#62228); the server
 * (scripts/serve.ts) answers such a request with the full not-found page of app/global-not-found.tsx instead.
 */
export default function PublicNotFound() {
  return <NotFoundMessage {...usePageLanguage()} />
}
