import { catalogues } from './catalogues'
import type { Messages, Namespace } from './catalogues/catalogue'
import type { Locale } from './locales'
import { translate } from './translate'

/** One namespace of one language's catalogue, as plain strings: what a client component receives. */
export const messagesOf = <N extends Namespace>(locale: Locale, namespace: N): Messages<N> => catalogues[locale][namespace]

/** One namespace's messages in the page's language, for server code: `translations(locale, 'catalogue').results({ n })`. */
export const translations = <N extends Namespace>(locale: Locale, namespace: N) => translate<N>(locale, messagesOf(locale, namespace))
