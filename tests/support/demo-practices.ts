/**
 * The demo content as the files give it: the three seed practices (seed/practices/*.ts) and the
 * practice data files (seed/practices/data), read as plain records so that expected figures are
 * counted from the files themselves, independently of the database.
 */
import { seedPractices } from '../../seed'
import { practiceDataFiles } from '../../seed/practice-data'

export type DemoRecord = Record<string, unknown> & { slug: string; country: string }

/** Each data file, with the practices it holds. */
export const dataFiles = (): { name: string; practices: DemoRecord[] }[] =>
  practiceDataFiles().map((file) => ({ name: file.name, practices: JSON.parse(new TextDecoder().decode(file.bytes)) as DemoRecord[] }))

export const dataPractices = (): DemoRecord[] => dataFiles().flatMap((file) => file.practices)

/** Every practice the demo seed publishes. */
export const demoPractices = (): DemoRecord[] => [...(seedPractices as DemoRecord[]), ...dataPractices()]

/** The stored values of one field of a practice, as a list (single answers give one value, missing ones none). */
export const valuesOf = (practice: DemoRecord, key: string): string[] => {
  const value = practice[key]
  return Array.isArray(value) ? value.map(String) : value === undefined || value === null ? [] : [String(value)]
}

/** How many practices have each value of a field. */
export function countsOf(practices: DemoRecord[], key: string): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const practice of practices) for (const value of new Set(valuesOf(practice, key))) counts[value] = (counts[value] ?? 0) + 1
  return counts
}
