import { readFile } from 'node:fs/promises'

/** The resident memory of a process and all its descendants, in bytes (Linux /proc); 0 when it has ended. */
export async function treeRss(pid: number): Promise<number> {
  let total = 0
  try {
    const status = await readFile(`/proc/${pid}/status`, 'utf8')
    total += Number(status.match(/^VmRSS:\s+(\d+) kB/m)?.[1] ?? 0) * 1024
    const children = (await readFile(`/proc/${pid}/task/${pid}/children`, 'utf8')).trim().split(/\s+/).filter(Boolean).map(Number)
    for (const child of children) total += await treeRss(child)
  } catch {
    // the process ended meanwhile
  }
  return total
}

/** Runs `task` while sampling the process tree's memory every 50 ms: its result, the memory before and the peak. */
export async function withPeakRss<T>(pid: number, task: () => Promise<T>): Promise<{ result: T; before: number; peak: number }> {
  const before = await treeRss(pid)
  let peak = before
  let sampling = true
  const sampler = (async () => {
    while (sampling) {
      peak = Math.max(peak, await treeRss(pid))
      await new Promise((r) => setTimeout(r, 50))
    }
  })()
  try {
    const result = await task()
    return { result, before, peak: Math.max(peak, await treeRss(pid)) }
  } finally {
    sampling = false
    await sampler
  }
}

export const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`
