import { exportResponse } from '@/benchmark/export-response'

export const dynamic = 'force-dynamic'

export function GET(_request: Request, { params }: { params: Promise<{ locale: string; ref: string }> }) {
  return exportResponse(params, 'json')
}
