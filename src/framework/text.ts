import type { Text } from './types'

/** A text in the four interface languages, in the order en, nl, fr, de. */
export const t = (en: string, nl: string, fr: string, de: string): Text => ({ en, nl, fr, de })
