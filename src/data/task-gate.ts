/**
 * Runs at most `limit` tasks at once; the others wait their turn, first come first served. The open-data exports
 * read through one: however many run, their statements hold a few of the connection pool's connections, and the
 * site's pages keep the rest.
 */
export class TaskGate {
  private running = 0
  private readonly waiting: (() => void)[] = []

  constructor(private readonly limit: number) {}

  async run<T>(task: () => Promise<T>): Promise<T> {
    // A task let in by one that ends takes over its place: `running` stays as it is.
    if (this.running < this.limit) this.running++
    else await new Promise<void>((resolve) => this.waiting.push(resolve))
    try {
      return await task()
    } finally {
      const next = this.waiting.shift()
      if (next) next()
      else this.running--
    }
  }
}
