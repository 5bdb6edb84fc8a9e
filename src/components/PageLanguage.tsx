'use client'

import { createContext, useContext, type ReactNode } from 'react'

import type { Messages } from '@/i18n/catalogues/catalogue'
import type { Locale } from '@/i18n/locales'

interface PageLanguage {
  locale: Locale
  /** the error and not-found pages' strings, in this language only */
  errors: Messages<'errors'>
}

const PageLanguageContext = createContext<PageLanguage | null>(null)

/**
 * The page's language for the error and not-found pages, which Next renders without the route's
 * parameters: the layout provides it around every page.
 */
export function PageLanguageProvider({ children, ...language }: PageLanguage & { children: ReactNode }) {
  return <PageLanguageContext value={language}>{children}</PageLanguageContext>
}

export function usePageLanguage(): PageLanguage {
  const language = useContext(PageLanguageContext)
  if (!language) throw new Error('usePageLanguage needs a PageLanguageProvider above it (the [locale] layout)')
  return language
}
