'use client'

import { useState } from 'react'

import type { ImportReport } from '@/exchange/import-practices'

type Stage = { kind: 'idle' } | { kind: 'busy' } | { kind: 'checked' | 'imported'; report: ImportReport } | { kind: 'failed'; message: string }

async function send(file: File, dryRun: boolean): Promise<ImportReport> {
  const response = await fetch(`/api/practices/import?name=${encodeURIComponent(file.name)}${dryRun ? '&dryRun=1' : ''}`, {
    method: 'POST',
    body: file,
    credentials: 'include',
    headers: { 'Content-Type': 'application/octet-stream' },
  })
  if (response.status !== 200 && response.status !== 422) throw new Error((await response.json().catch(() => null))?.message ?? `The server answered ${response.status}.`)
  return response.json()
}

/** Upload, preview (a dry run listing what would change or every problem), confirm. */
export function ImportForm() {
  const [file, setFile] = useState<File | null>(null)
  const [stage, setStage] = useState<Stage>({ kind: 'idle' })
  const run = async (dryRun: boolean) => {
    if (!file) return
    setStage({ kind: 'busy' })
    try {
      setStage({ kind: dryRun ? 'checked' : 'imported', report: await send(file, dryRun) })
    } catch (error) {
      setStage({ kind: 'failed', message: error instanceof Error ? error.message : 'The import failed.' })
    }
  }
  const report = stage.kind === 'checked' || stage.kind === 'imported' ? stage.report : null
  return (
    <div className="import-form">
      <p>
        <label htmlFor="import-file">File (CSV or JSON) </label>
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
          Check file
        </button>
      </p>
      <div role="status" aria-live="polite">
        {stage.kind === 'busy' && <p>Working…</p>}
        {stage.kind === 'failed' && <p>{stage.message}</p>}
        {report && report.problems.length > 0 && (
          <>
            <p>
              {report.problems.length} problem{report.problems.length === 1 ? '' : 's'} in {report.rows} rows. Nothing was written. Correct the file and check it again.
            </p>
            <table>
              <thead>
                <tr>
                  <th scope="col">Row</th>
                  <th scope="col">Column</th>
                  <th scope="col">Value</th>
                  <th scope="col">Expected</th>
                </tr>
              </thead>
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
            {report.rows} rows: {report.created.length} {stage.kind === 'checked' ? 'to create' : 'created'}, {report.updated.length}{' '}
            {stage.kind === 'checked' ? 'to update' : 'updated'}, {report.unchanged.length} unchanged.
          </p>
        )}
      </div>
      {stage.kind === 'checked' && report && report.problems.length === 0 && report.created.length + report.updated.length > 0 && (
        <p>
          <button type="button" className="btn btn--style-primary" onClick={() => run(false)}>
            Import {report.created.length + report.updated.length} practice{report.created.length + report.updated.length === 1 ? '' : 's'}
          </button>
        </p>
      )}
    </div>
  )
}
