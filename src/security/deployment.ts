/**
 * What the app's security settings derive from the deployment: SERVER_URL
 * (the public address) and PORT. Without SERVER_URL (the local demo) the app
 * trusts its own localhost origins only.
 */
export function publicOrigin(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return env.SERVER_URL ? new URL(env.SERVER_URL).origin : undefined
}

/** Origins whose cookie-carrying requests Payload accepts (its `csrf` list): never empty, which would accept any. */
export function trustedOrigins(env: NodeJS.ProcessEnv = process.env): string[] {
  const origin = publicOrigin(env)
  if (origin) return [origin]
  const port = env.PORT ?? '3000'
  return [`http://localhost:${port}`, `http://127.0.0.1:${port}`]
}

/** The address links in e-mails start with: SERVER_URL's origin, else http://localhost:PORT. */
export const appOrigin = (env: NodeJS.ProcessEnv = process.env): string => trustedOrigins(env)[0]!

export const servedOverHttps = (env: NodeJS.ProcessEnv = process.env) => publicOrigin(env)?.startsWith('https://') ?? false

const MIN_SECRET_LENGTH = 32

/**
 * Why a production start against an operator's database must not go ahead, in
 * one line, or undefined. The embedded demo database needs none of this.
 */
export function productionSettingsProblem(env: NodeJS.ProcessEnv, secretGiven: boolean): string | undefined {
  const missing: string[] = []
  let origin: string | undefined
  try {
    origin = publicOrigin(env)
  } catch {
    return `SERVER_URL is not a web address: "${env.SERVER_URL}". Set it to the public address, e.g. https://atlas.example.eu.`
  }
  if (!origin) missing.push('SERVER_URL (the public address, e.g. https://atlas.example.eu)')
  if (!secretGiven || (env.PAYLOAD_SECRET ?? '').length < MIN_SECRET_LENGTH) {
    missing.push(`PAYLOAD_SECRET (at least ${MIN_SECRET_LENGTH} random characters, the same on every instance)`)
  }
  return missing.length > 0 ? `With DATABASE_URL set, Guidance Atlas runs in production and needs ${missing.join(' and ')}.` : undefined
}

/**
 * DATABASE_REPLICA_URLS: read replicas of DATABASE_URL, comma-separated. Payload sends its reads outside a
 * transaction there (README, Deployment: what stays on the primary); an empty list means none.
 */
export const readReplicaUrls = (env: Readonly<Record<string, string | undefined>> = process.env): string[] =>
  (env.DATABASE_REPLICA_URLS ?? '')
    .split(',')
    .map((url) => url.trim())
    .filter(Boolean)

/** Why DATABASE_REPLICA_URLS cannot work, in one line (naming the entry by position, never its password), or undefined. */
export function readReplicaProblem(env: Readonly<Record<string, string | undefined>> = process.env): string | undefined {
  const urls = readReplicaUrls(env)
  if (urls.length > 0 && !env.DATABASE_URL) return 'DATABASE_REPLICA_URLS needs DATABASE_URL (the primary they replicate).'
  const bad = urls.findIndex((url) => !/^postgres(ql)?:\/\/[^/]+/.test(url) || !URL.canParse(url))
  return bad === -1 ? undefined : `DATABASE_REPLICA_URLS: entry ${bad + 1} is not a postgres:// address.`
}
