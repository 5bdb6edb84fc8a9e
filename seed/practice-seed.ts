import type { PracticeInputRaw } from '@/framework/practice-schema'

/** A seed practice: the same shape an import file has (validated by practiceInputSchema when loaded). */
export type PracticeSeed = PracticeInputRaw
