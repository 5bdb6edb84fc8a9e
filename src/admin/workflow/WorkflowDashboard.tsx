import type { ServerProps, Where } from 'payload'

import { type AccessUser, countriesOf } from '@/access/roles'
import { accessResult, mayReadDrafts } from '@/access/where'
import { translations } from '@/i18n/translations'
import { workflowStates } from '@/workflow/states'
import { adminLocale } from '../admin-locale'

/**
 * On the admin's dashboard, for those who see drafts: how many practices are in each workflow state, counted
 * over what the user may see (a coordinator: their countries), each count linking to the filtered list.
 */
export async function WorkflowDashboard({ payload, user, i18n }: ServerProps) {
  const reach = accessResult('practices', 'readVersions', user as AccessUser | undefined)
  if (!user || !mayReadDrafts(user as AccessUser)) return null
  const locale = adminLocale(i18n.language)
  const t = translations(locale, 'workflow')
  const counts = await Promise.all(
    workflowStates.map(async (state) => {
      const where: Where = { and: [{ latest: { equals: true } }, { 'version.workflowState': { equals: state } }] }
      const { totalDocs } = await payload.countVersions({ collection: 'practices', where, overrideAccess: false, user })
      return { state, count: totalDocs }
    }),
  )
  let scope = t.dashboard.scopeAll
  if (reach !== true) {
    const { docs } = await payload.find({ collection: 'countries', where: { id: { in: countriesOf(user as AccessUser) } }, locale, depth: 0, limit: 100, sort: 'name', select: { name: true } })
    scope = t.dashboard.scope({ countries: docs.map((c) => c.name).join(', ') })
  }
  return (
    <section aria-labelledby="workflow-dashboard-heading" style={{ marginBottom: '2rem' }}>
      <h2 id="workflow-dashboard-heading">{t.dashboard.heading}</h2>
      <p>{scope}</p>
      <ul style={{ display: 'flex', flexWrap: 'wrap', gap: '1rem', listStyle: 'none', padding: 0 }}>
        {counts.map(({ state, count }) => (
          <li key={state}>
            <a className="btn btn--style-secondary btn--size-medium" style={{ margin: 0 }} href={`/admin/collections/practices?where[workflowState][equals]=${state}`}>
              {t.states[state]}: <strong>{count}</strong>
            </a>
          </li>
        ))}
      </ul>
    </section>
  )
}
