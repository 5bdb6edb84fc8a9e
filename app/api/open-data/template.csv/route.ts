import { practicesCsv } from '@/exchange/open-data-files'

/** The import template: every column, no rows. */
export function GET() {
  return new Response(practicesCsv([], 'en'), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': 'attachment; filename="guidance-atlas-import-template.csv"' },
  })
}
