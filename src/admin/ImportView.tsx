import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'

import { ImportForm } from './ImportForm'

/** Admin view at /admin/import: upload a CSV or JSON file, check it, then import it. */
export function ImportView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, locale, permissions, visibleEntities } = initPageResult
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      searchParams={searchParams}
      user={req.user ?? undefined}
      visibleEntities={visibleEntities}
    >
      <Gutter>
        <h1>Import practices</h1>
        {req.user ? (
          <>
            <p>
              Load many practices at once from a CSV or JSON file. The file is checked first; nothing is written until you confirm,
              and nothing at all if any row has a problem. Practices are matched by slug: existing ones are updated, new ones created
              as drafts. Several values in one cell are separated by <code>|</code>; pathway, sources, contact persons, indicators
              and opening hours are JSON arrays.
            </p>
            <p>
              <a href="/api/open-data/template.csv">Download the template</a> · <a href="/api/open-data/example.csv">Download an example</a>
            </p>
            <ImportForm />
          </>
        ) : (
          <p>Sign in to import practices.</p>
        )}
      </Gutter>
    </DefaultTemplate>
  )
}
