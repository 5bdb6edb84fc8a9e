/** Runs `task` `warmup` times unmeasured, then `runs` times, and returns the sorted durations in ms. */
export async function measure(task: () => Promise<unknown>, runs = 30, warmup = 3): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await task()
  const durations: number[] = []
  for (let i = 0; i < runs; i++) {
    const started = performance.now()
    await task()
    durations.push(performance.now() - started)
  }
  return durations.sort((a, b) => a - b)
}

export const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]

export const ms = (value: number) => value.toFixed(1)
