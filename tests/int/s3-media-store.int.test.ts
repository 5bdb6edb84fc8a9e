/**
 * The media store against an S3-compatible server (s3rver, a local implementation of the S3 protocol): what
 * S3_BUCKET and its settings select, a file stored, read back, missing, removed. The app's own route through the
 * store is proved against the local disk in tests/e2e/instances.e2e.test.ts.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import S3rver from 's3rver'
import { afterAll, beforeAll, expect, it } from 'vitest'

import { mediaSettings } from '@/media/media-settings'
import { S3MediaStore } from '@/media/s3-media-store'

let server: S3rver
let dir: string
let store: S3MediaStore

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'atlas-s3-'))
  server = new S3rver({ address: '127.0.0.1', port: 0, directory: dir, silent: true, configureBuckets: [{ name: 'atlas-media' }] })
  const { port } = await server.run()
  // s3rver's fixed credentials.
  const settings = mediaSettings({
    S3_BUCKET: 'atlas-media',
    S3_REGION: 'eu-central-1',
    S3_ENDPOINT: `http://127.0.0.1:${port}`,
    S3_ACCESS_KEY_ID: 'S3RVER',
    S3_SECRET_ACCESS_KEY: 'S3RVER',
    S3_FORCE_PATH_STYLE: 'true',
  })
  expect(settings).toMatchObject({ kind: 's3', bucket: 'atlas-media', forcePathStyle: true })
  store = new S3MediaStore(settings as Extract<typeof settings, { kind: 's3' }>)
})

afterAll(async () => {
  await server?.close()
  await rm(dir, { recursive: true, force: true })
})

const text = async (stream: ReadableStream<Uint8Array>) => Buffer.from(await new Response(stream).arrayBuffer()).toString()

it('stores a file in the bucket, reads it back, and removes it', async () => {
  await store.put('report.pdf', Buffer.from('%PDF-1.4 a report'), 'application/pdf')
  const stored = await store.get('report.pdf')
  expect(stored?.size).toBe(17)
  expect(await text(stored!.body)).toBe('%PDF-1.4 a report')
  await store.remove('report.pdf')
  expect(await store.get('report.pdf')).toBeUndefined()
})

it('answers undefined for a file the bucket does not have, and removing it again is no error', async () => {
  expect(await store.get('never-uploaded.png')).toBeUndefined()
  await expect(store.remove('never-uploaded.png')).resolves.toBeUndefined()
})
