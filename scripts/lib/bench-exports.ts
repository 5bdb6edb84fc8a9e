/**
 * The unfiltered open-data exports over HTTP: seconds to the last byte, first byte, size, and the app's resident
 * memory (its process tree) before and at its peak during the export. An export that fails shows its status.
 */
import { timedGet, type BenchApp } from './bench-app'
import type { BenchTable } from './bench-table'
import { mb, withPeakRss } from './process-rss'

export async function benchExports(app: BenchApp, size: number, table: BenchTable): Promise<void> {
  for (const format of ['csv', 'json']) {
    const path = `/api/open-data/practices.${format}`
    const started = performance.now()
    const { result, before, peak } = await withPeakRss(app.pid, () =>
      timedGet(app.base, path, { 'accept-encoding': 'identity' }).catch(() => ({ status: 0, ms: performance.now() - started, bytes: 0 })),
    )
    const outcome =
      result.status === 200
        ? `${(result.ms / 1000).toFixed(1)} s, ${mb(result.bytes)}; RSS ${mb(before)} → peak ${mb(peak)}`
        : `failed: ${result.status === 0 ? 'no answer' : `HTTP ${result.status}`} after ${(result.ms / 1000).toFixed(1)} s; RSS peak ${mb(peak)}`
    table.set(size, `export practices.${format}, unfiltered`, outcome)
  }
}
