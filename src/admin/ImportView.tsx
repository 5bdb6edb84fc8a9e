import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'

import { messagesOf, translations } from '@/i18n/translations'

import { adminLocale } from './admin-locale'
import { ImportForm } from './ImportForm'

/** Admin view at /admin/import: upload a CSV or JSON file, check it, then import it. */
export function ImportView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, locale, permissions, visibleEntities } = initPageResult
  const language = adminLocale(req.i18n.language)
  const t = translations(language, 'importView')
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
        <h1>{t.title}</h1>
        {req.user ? (
          <>
            <p>{t.intro}</p>
            <p>
              <a href="/api/open-data/template.csv">{t.template}</a> · <a href="/api/open-data/example.csv">{t.example}</a>
            </p>
            <ImportForm locale={language} messages={messagesOf(language, 'importView')} />
          </>
        ) : (
          <p>{t.signIn}</p>
        )}
      </Gutter>
    </DefaultTemplate>
  )
}
