import type { Endpoint } from 'payload'

import { importPractices } from '@/exchange/import-practices'
import { unexpectedFailure } from '@/exchange/unexpected-failure'
import { requestLocale } from '@/i18n/request-locale'
import { translations } from '@/i18n/translations'
import type { User } from '@/payload-types'

/**
 * POST /api/practices/import?name=FILE[&dryRun=1][&publish=1] with the file as the request body:
 * imports for the signed-in user (session cookie, JWT or API key), with that user's rights. The report says what a
 * cell should hold in the user's admin language (Payload's language cookie, else Accept-Language).
 */
export const importEndpoint: Endpoint = {
  path: '/import',
  method: 'post',
  handler: async (req) => {
    const locale = requestLocale(req)
    if (!req.user) return Response.json({ message: translations(locale, 'importView').signIn }, { status: 401 })
    const params = new URL(req.url ?? '', 'http://localhost').searchParams
    const flag = (name: string) => params.get(name) === '1' || params.get(name) === 'true'
    const bytes = new Uint8Array(await req.arrayBuffer!())
    const user = { ...(req.user as User), collection: 'users' as const }
    try {
      const report = await importPractices(req.payload, user, [{ name: params.get('name') ?? 'upload.csv', bytes }], {
        dryRun: flag('dryRun'),
        publish: flag('publish'),
        locale,
      })
      return Response.json(report, { status: report.problems.length > 0 ? 422 : 200 })
    } catch (error) {
      return Response.json({ message: unexpectedFailure(error, locale) }, { status: 500 })
    }
  },
}
