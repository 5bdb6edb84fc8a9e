import { notFound } from 'next/navigation'

/**
 * Any address under /{locale} that no page answers: the locale's not-found page, inside the site's layout
 * (menu, page language, localized text), instead of Next's bare English one.
 */
export default function MissingPage(): never {
  notFound()
}
