import type { AdminViewServerProps } from 'payload'

import { messagesOf, translations } from '@/i18n/translations'

import { adminLocale } from './admin-locale'
import { AdminTemplate } from './AdminTemplate'
import { ImportForm } from './ImportForm'

/** Admin view at /admin/import: upload a CSV or JSON file, check it, then import it. */
export function ImportView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req } = initPageResult
  const language = adminLocale(req.i18n.language)
  const t = translations(language, 'importView')
  return (
    <AdminTemplate initPageResult={initPageResult} params={params} searchParams={searchParams}>
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
    </AdminTemplate>
  )
}
