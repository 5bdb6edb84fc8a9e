/**
 * A small least-recently-used cache whose entries hold while a generation
 * number stays the same; a new generation empties it. Used with the database's
 * catalogue generation, which every write to practices increments, so cached
 * answers are never stale on any instance.
 */
export class GenerationCache<Value> {
  private generation: string | undefined
  private readonly entries = new Map<string, Value>()

  constructor(private readonly capacity: number) {}

  get(generation: string, key: string): Value | undefined {
    this.enter(generation)
    const value = this.entries.get(key)
    if (value !== undefined) {
      // Move to the back: the front is the least recently used.
      this.entries.delete(key)
      this.entries.set(key, value)
    }
    return value
  }

  set(generation: string, key: string, value: Value): void {
    this.enter(generation)
    this.entries.set(key, value)
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!)
  }

  private enter(generation: string) {
    if (generation === this.generation) return
    this.generation = generation
    this.entries.clear()
  }
}
