'use client'

import { useState } from 'react'

import type { ImportReport } from '@/exchange/import-practices'
import type { Messages } from '@/i18n/catalogues/catalogue'
import type { Locale } from '@/i18n/locales'
import { translate, type Translations } from '@/i18n/translate'
import { TableHead } from '@/components/TableHead'

type Stage = { kind: 'idle' } | { kind: 'busy' } | { kind: 'checked' | 'imported'; report: ImportReport } | { kind: 'failed'; message: string }

async function send(file: File, dryRun: boolean, t: Translations<'importView'>): Promise<ImportReport> {
  const response = await fetch(`/api/practices/import?name=${encodeURIComponent(file.name)}${dryRun ? '&dryRun=1' : ''}`, {
    method: 'POST',
    body: file,
    credentials: 'include',
    headers: { 'Content-Type': 'application/octet-stream' },
  })
  if (response.status !== 200 && response.status !== 422) {
    const answer = (await response.json().catch(() => null)) as { message?: string; errors?: { message: string }[] } | null
    throw new Error(answer?.message ?? answer?.errors?.[0]?.message ?? t.serverAnswered({ status: response.status }))
  }
  return response.json()
}

/** Upload, preview (a dry run listing what would change or every problem), confirm. */
export function ImportForm({ locale, messages }: { locale: Locale; messages: Messages<'importView'> }) {
  const t = translate<'importView'>(locale, messages)
  const [file, setFile] = useState<File | null>(null)
  const [stage, setStage] = useState<Stage>({ kind: 'idle' })
  const run = async (dryRun: boolean) => {
    if (!file) return
    setStage({ kind: 'busy' })
    try {
      setStage({ kind: dryRun ? 'checked' : 'imported', report: await send(file, dryRun, t) })
    } catch (error) {
      setStage({ kind: 'failed', message: error instanceof Error ? error.message : t.failed })
    }
  }
  const report = stage.kind === 'checked' || stage.kind === 'imported' ? stage.report : null
  return (
    <div className="import-form">
      <p>
        <label htmlFor="import-file">{t.file} </label>
        <input
          id="import-file"
          type="file"
          accept=".csv,.json,text/csv,application/json"
          onChange={(e) => {
            setFile(e.target.files?.[0] ?? null)
            setStage({ kind: 'idle' })
          }}
        />
      </p>
      <p>
        <button type="button" className="btn btn--style-primary" disabled={!file || stage.kind === 'busy'} onClick={() => run(true)}>
          {t.check}
        </button>
      </p>
      <div role="status" aria-live="polite">
        {stage.kind === 'busy' && <p>{t.working}</p>}
        {stage.kind === 'failed' && <p>{stage.message}</p>}
        {report && report.problems.length > 0 && (
          <>
            <p>{t.problems({ n: report.problems.length, rows: report.rows })}</p>
            <table>
              <TableHead columns={[t.row, t.column, t.value, t.expected]} />
              <tbody>
                {report.problems.map((p, i) => (
                  <tr key={i}>
                    <td>{p.row || '–'}</td>
                    <td>{p.column}</td>
                    <td>{p.value}</td>
                    <td>{p.expected}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
        {report && report.problems.length === 0 && (
          <p>
            {(stage.kind === 'checked' ? t.checked : t.imported)({
              rows: report.rows,
              created: report.created.length,
              updated: report.updated.length,
              unchanged: report.unchanged.length,
            })}
          </p>
        )}
      </div>
      {stage.kind === 'checked' && report && report.problems.length === 0 && report.created.length + report.updated.length > 0 && (
        <p>
          <button type="button" className="btn btn--style-primary" onClick={() => run(false)}>
            {t.importButton({ n: report.created.length + report.updated.length })}
          </button>
        </p>
      )}
    </div>
  )
}
