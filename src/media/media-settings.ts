import path from 'node:path'

/** Where uploaded media live: a directory (the default), or an S3-compatible bucket when S3_BUCKET is set. */
export type MediaSettings =
  | { kind: 'disk'; directory: string }
  | {
      kind: 's3'
      bucket: string
      region: string
      /** An S3-compatible service's address (MinIO, Ceph, a cloud's object storage); AWS when unset. */
      endpoint?: string
      /** Both keys, or neither: then the SDK's own chain (instance role, AWS_* variables). */
      credentials?: { accessKeyId: string; secretAccessKey: string }
      /** Bucket in the path (https://host/bucket/key) rather than the host name: what most S3-compatible services need. */
      forcePathStyle: boolean
    }

/** Environment variables, as process.env has them. */
type Settings = Readonly<Record<string, string | undefined>>

const S3_VARIABLES = ['S3_BUCKET', 'S3_REGION', 'S3_ENDPOINT', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY', 'S3_FORCE_PATH_STYLE'] as const

/** Why the media settings cannot work, in one line, or undefined. Checked when the app starts. */
export function mediaSettingsProblem(env: Settings = process.env): string | undefined {
  const given = S3_VARIABLES.filter((name) => env[name] !== undefined)
  if (given.length === 0) return undefined
  if (!env.S3_BUCKET) return `${given.join(', ')} ${given.length === 1 ? 'is' : 'are'} set but S3_BUCKET is not: set S3_BUCKET to store media in a bucket, or unset the S3_ variables to keep them on disk.`
  if (!env.S3_REGION) return 'S3_BUCKET needs S3_REGION (e.g. eu-central-1, or the region name your S3-compatible service expects).'
  if (env.S3_ENDPOINT !== undefined && !/^https?:\/\/[^/]+/.test(env.S3_ENDPOINT)) return `S3_ENDPOINT is not a web address: "${env.S3_ENDPOINT}".`
  if (Boolean(env.S3_ACCESS_KEY_ID) !== Boolean(env.S3_SECRET_ACCESS_KEY)) return 'Set both S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY, or neither (then the AWS SDK finds credentials itself).'
  if (env.S3_FORCE_PATH_STYLE !== undefined && !['true', 'false'].includes(env.S3_FORCE_PATH_STYLE)) return `S3_FORCE_PATH_STYLE is "true" or "false", not "${env.S3_FORCE_PATH_STYLE}".`
  return undefined
}

/** The media settings of `env`; call mediaSettingsProblem first (start-up does). */
export function mediaSettings(env: Settings = process.env): MediaSettings {
  if (!env.S3_BUCKET) return { kind: 'disk', directory: path.resolve(env.MEDIA_DIR ?? path.join(process.cwd(), '.data', 'media')) }
  return {
    kind: 's3',
    bucket: env.S3_BUCKET,
    region: env.S3_REGION ?? '',
    endpoint: env.S3_ENDPOINT,
    credentials: env.S3_ACCESS_KEY_ID && env.S3_SECRET_ACCESS_KEY ? { accessKeyId: env.S3_ACCESS_KEY_ID, secretAccessKey: env.S3_SECRET_ACCESS_KEY } : undefined,
    forcePathStyle: env.S3_FORCE_PATH_STYLE === 'true',
  }
}
