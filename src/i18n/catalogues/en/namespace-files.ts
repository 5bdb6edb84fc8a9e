/**
 * The namespaces kept in files of their own, which the catalogue takes in whole (index.ts spreads them): a
 * namespace gets its file here and nowhere else. The English catalogue's type makes a language that lacks one fail
 * the type check.
 */
export { answerParts } from './answer-parts'
export { benchmark } from './benchmark'
export { common } from './common'
export { citation } from './citation'
export { frameworkPage } from './framework-page'
export { history } from './history'
export { importProblems } from './import-problems'
export { importView } from './import-view'
export { mail } from './mail'
export { map } from './map'
export { metrics } from './metrics'
export { review } from './review'
export { rounds } from './rounds'
export { validation } from './validation'
export { workflow } from './workflow'
