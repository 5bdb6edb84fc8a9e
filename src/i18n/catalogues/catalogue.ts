import type { en } from './en'

/** The shape of every catalogue: the English catalogue's keys, each a string. */
type Strings<T> = { readonly [K in keyof T]: T[K] extends string ? string : Strings<T[K]> }

export type Catalogue = Strings<typeof en>

/** A catalogue's top-level groups: one per page or component family, plus `common` for shared words. */
export type Namespace = keyof Catalogue

/** One namespace's messages in one language: plain serialisable strings, to hand to a client component. */
export type Messages<N extends Namespace> = Catalogue[N]

/** The English messages of a namespace with their literal types, from which `Translated` learns which take arguments. */
export type EnglishMessages<N extends Namespace> = (typeof en)[N]
