import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

const seedDir = path.resolve('..', 'shared', 'seeds')

/** The text of ../shared/seeds/NNN_*.txt. */
export function seedText(number: string): string {
  const file = readdirSync(seedDir).find((f) => f.startsWith(`${number}_`))
  if (!file) throw new Error(`No seed ${number}_* in ${seedDir}`)
  return readFileSync(path.join(seedDir, file), 'utf8')
}

/**
 * Whether `text` states `value` as a number, in any of the notations the seeds
 * use: 3136 as "3,136" or "3.136", 90.87 as "90,87" or "90.87".
 */
export function statesNumber(text: string, value: number): boolean {
  const [whole, fraction] = String(value).split('.')
  const grouped = (sep: string) => whole.replace(/\B(?=(\d{3})+(?!\d))/g, sep)
  const wholes = new Set([whole, grouped(','), grouped('.')])
  const forms = [...wholes].flatMap((w) => (fraction ? [`${w}.${fraction}`, `${w},${fraction}`] : [w]))
  return forms.some((form) => new RegExp(`(^|[^\\d.,])${form.replace(/[.,]/g, '\\$&')}(?![\\d]|[.,]\\d)`).test(text))
}
