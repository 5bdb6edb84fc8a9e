import { seedPractices } from '../../../../seed'
import { practicesCsv } from '@/exchange/open-data-files'
import { practiceInputSchema } from '@/framework/practice-schema'

/** An import example made from the three seed practices. */
export function GET() {
  const practices = seedPractices.map((p) => practiceInputSchema.parse(p))
  return new Response(practicesCsv(practices, 'en'), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': 'attachment; filename="guidance-atlas-import-example.csv"' },
  })
}
