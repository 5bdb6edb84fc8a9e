/** The storage and database settings an operator gives for several instances, checked before the app starts. */
import { describe, expect, it } from 'vitest'

import { mediaSettings, mediaSettingsProblem } from '@/media/media-settings'
import { readReplicaProblem, readReplicaUrls } from '@/security/deployment'

describe('media storage settings', () => {
  it('keeps media in .data/media, or in MEDIA_DIR, when no bucket is named', () => {
    expect(mediaSettingsProblem({})).toBeUndefined()
    expect(mediaSettings({})).toEqual({ kind: 'disk', directory: expect.stringMatching(/\.data\/media$/) })
    expect(mediaSettings({ MEDIA_DIR: '/srv/atlas-media' })).toEqual({ kind: 'disk', directory: '/srv/atlas-media' })
  })

  it('uses the bucket with its settings when S3_BUCKET is set', () => {
    const env = { S3_BUCKET: 'media', S3_REGION: 'eu-west-3', S3_ENDPOINT: 'https://s3.example.eu', S3_ACCESS_KEY_ID: 'k', S3_SECRET_ACCESS_KEY: 's', S3_FORCE_PATH_STYLE: 'true' }
    expect(mediaSettingsProblem(env)).toBeUndefined()
    expect(mediaSettings(env)).toEqual({ kind: 's3', bucket: 'media', region: 'eu-west-3', endpoint: 'https://s3.example.eu', credentials: { accessKeyId: 'k', secretAccessKey: 's' }, forcePathStyle: true })
  })

  it.each([
    [{ S3_REGION: 'eu-west-3' }, 'S3_REGION is set but S3_BUCKET is not'],
    [{ S3_BUCKET: 'media' }, 'S3_BUCKET needs S3_REGION'],
    [{ S3_BUCKET: 'media', S3_REGION: 'x', S3_ENDPOINT: 's3.example.eu' }, 'S3_ENDPOINT is not a web address'],
    [{ S3_BUCKET: 'media', S3_REGION: 'x', S3_SECRET_ACCESS_KEY: 's' }, 'Set both S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY'],
    [{ S3_BUCKET: 'media', S3_REGION: 'x', S3_FORCE_PATH_STYLE: 'yes' }, 'S3_FORCE_PATH_STYLE is "true" or "false"'],
  ])('refuses %o', (env, message) => {
    expect(mediaSettingsProblem(env)).toContain(message)
  })
})

describe('read replicas', () => {
  it('reads a comma-separated list, spaces and empty entries ignored', () => {
    const env = { DATABASE_URL: 'postgres://primary/atlas', DATABASE_REPLICA_URLS: ' postgres://r1/atlas , postgresql://r2/atlas,' }
    expect(readReplicaUrls(env)).toEqual(['postgres://r1/atlas', 'postgresql://r2/atlas'])
    expect(readReplicaProblem(env)).toBeUndefined()
    expect(readReplicaUrls({})).toEqual([])
  })

  it('names a broken entry by its position, never by its text (it may hold a password)', () => {
    const problem = readReplicaProblem({ DATABASE_URL: 'postgres://primary/atlas', DATABASE_REPLICA_URLS: 'postgres://r1/atlas,https://user:secret@r2' })
    expect(problem).toBe('DATABASE_REPLICA_URLS: entry 2 is not a postgres:// address.')
    expect(readReplicaProblem({ DATABASE_REPLICA_URLS: 'postgres://r1/atlas' })).toContain('needs DATABASE_URL')
  })
})
