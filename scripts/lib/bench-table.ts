/** The bench's results side by side: one row per measure, one column per number of practices. */
export class BenchTable {
  private readonly rows = new Map<string, Map<number, string>>()

  constructor(private readonly sizes: readonly number[]) {}

  set(size: number, measure: string, value: string): void {
    if (!this.rows.has(measure)) this.rows.set(measure, new Map())
    this.rows.get(measure)!.set(size, value)
  }

  /** The table in Markdown; a measure not taken at a size shows "–". */
  toMarkdown(): string {
    const head = `| measure | ${this.sizes.map((s) => `${s.toLocaleString('en')} practices`).join(' | ')} |`
    const rule = `|---|${this.sizes.map(() => '---:').join('|')}|`
    const body = [...this.rows].map(([measure, values]) => `| ${measure} | ${this.sizes.map((s) => values.get(s) ?? '–').join(' | ')} |`)
    return [head, rule, ...body].join('\n')
  }
}

/** p50 / p95 in ms, as the table shows them. */
export const p50p95 = (p50: number, p95: number) => `${p50.toFixed(1)} / ${p95.toFixed(1)}`
