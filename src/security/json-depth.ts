/**
 * Whether JSON text nests arrays or objects deeper than `max` levels. Read on the raw text, before
 * JSON.parse: what parses thousands of levels deep overflows the stack of every recursive reader after it.
 */
export function nestsDeeperThan(text: string, max: number): boolean {
  let depth = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (inString) {
      if (c === '\\') i++
      else if (c === '"') inString = false
    } else if (c === '"') inString = true
    else if (c === '[' || c === '{') {
      if (++depth > max) return true
    } else if (c === ']' || c === '}') depth--
  }
  return false
}
