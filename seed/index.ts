import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload } from 'payload'

import type { ImportProblem } from '@/exchange/import-file'
import { importPractices } from '@/exchange/import-practices'
import { practiceInputSchema } from '@/framework/practice-schema'
import { regionName } from '@/framework/language-names'
import { savePractice } from '@/practice-input/save-practice'
import { countrySeeds } from './countries'
import { seedDemoMetrics } from './metrics'
import { organisationSeeds } from './organisations'
import { practiceDataFiles } from './practice-data'
import { seedDemoRound } from './rounds'
import { antwerpRadicalisationFlow } from './practices/antwerp-radicalisation-flow'
import { clbchat } from './practices/clbchat'
import { schoolSafetyHelpdesk } from './practices/school-safety-helpdesk'
import { demoPassword, demoUsers } from './users'

export const seedPractices = [clbchat, schoolSafetyHelpdesk, antwerpRadicalisationFlow]

/**
 * Writes the demo content into an empty database, in one transaction: countries,
 * organisations, the seed practices, the demo metrics (seed/metrics.json), the practices of seed/practices/data (through
 * the import, published), the closed demo round "2025" (seed/rounds.ts) and one account per role. If any data file has a problem,
 * nothing is written. A database that already has users is left alone, so the demo
 * is never seeded twice.
 */
export async function seedDemoContent(payload: Payload): Promise<boolean> {
  const { totalDocs } = await payload.count({ collection: 'users' })
  if (totalDocs > 0) return false
  const practices = seedPractices.map((p) => practiceInputSchema.parse(p))
  const dataFiles = practiceDataFiles()
  const req = await createLocalReq({ context: { bulk: true } }, payload)
  await initTransaction(req)
  try {
    for (const { code, group } of countrySeeds) {
      const names = regionName(code)
      await payload.create({ collection: 'countries', data: { id: code, name: names.en, group }, locale: 'en', req })
      for (const locale of ['nl', 'fr', 'de'] as const) {
        await payload.update({ collection: 'countries', id: code, data: { name: names[locale] }, locale, req })
      }
    }
    const organisations = new Map<string, number | string>()
    for (const org of organisationSeeds) {
      const created = await payload.create({
        collection: 'organisations',
        data: { slug: org.slug, name: org.name, country: org.country, website: org.website, description: org.description?.en },
        locale: 'en',
        req,
      })
      if (org.description?.nl) {
        await payload.update({ collection: 'organisations', id: created.id, data: { description: org.description.nl }, locale: 'nl', req })
      }
      organisations.set(org.slug, created.id)
    }
    for (const practice of practices) await savePractice(payload, practice, { organisations }, req)
    await seedDemoMetrics(payload, req)
    const imported = await importPractices(payload, null, dataFiles, { publish: true, req })
    if (imported.problems.length > 0) throw new Error(`The practice data files cannot be loaded:\n${imported.problems.map(describeProblem).join('\n')}`)
    await seedDemoRound(payload, req)
    for (const user of demoUsers) {
      await payload.create({ collection: 'users', data: { ...user, password: demoPassword() }, req })
    }
    await commitTransaction(req)
    const practiceCount = practices.length + imported.created.length
    payload.logger.info(`Seeded demo content: ${countrySeeds.length} countries, ${practiceCount} practices, ${demoUsers.length} accounts`)
    return true
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}

const describeProblem = (p: ImportProblem) => `${p.file ?? ''} row ${p.row}, ${p.column}: "${p.value}" (expected ${p.expected})`
