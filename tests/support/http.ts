import { randomBytes } from 'node:crypto'
import http from 'node:http'

import { beforeAll } from 'vitest'

import { demoPassword } from '../../seed/users'

/**
 * A made-up client address (in IPv6's documentation prefix, RFC 3849) for each new client: the test app trusts
 * one proxy hop, so the address in X-Forwarded-For is the client's, and each test client has its own rate limits.
 */
export const newClientAddress = () => `2001:db8::${randomBytes(6).toString('hex').match(/.{4}/g)!.join(':')}`

/** A client of the running app's REST and GraphQL APIs, signed in as a demo account or anonymous. */
export class ApiClient {
  private constructor(
    private readonly baseURL: string,
    readonly token: string | null,
    readonly address: string,
  ) {}

  static anonymous(baseURL: string, address = newClientAddress()) {
    return new ApiClient(baseURL, null, address)
  }

  static withToken(baseURL: string, token: string, address = newClientAddress()) {
    return new ApiClient(baseURL, token, address)
  }

  /** The same account from another client address (its own rate limits). */
  withNewAddress(): ApiClient {
    return new ApiClient(this.baseURL, this.token, newClientAddress())
  }

  static async signedIn(baseURL: string, email: string, address = newClientAddress()) {
    const response = await fetch(`${baseURL}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
      body: JSON.stringify({ email, password: demoPassword() }),
    })
    if (!response.ok) throw new Error(`login of ${email} failed: ${response.status}`)
    const { token } = (await response.json()) as { token: string }
    return new ApiClient(baseURL, token, address)
  }

  /** Sends `body` as JSON, or as it is when it is a string (e.g. a file's content). */
  async rest(
    method: string,
    path: string,
    body?: unknown,
    extraHeaders: Record<string, string> = {},
  ): Promise<{ status: number; json: any; text: string; headers: Headers }> {
    const raw = typeof body === 'string'
    const response = await fetch(`${this.baseURL}${path}`, {
      method,
      headers: {
        'x-forwarded-for': this.address,
        ...(body === undefined ? {} : { 'content-type': raw ? 'application/octet-stream' : 'application/json' }),
        ...(this.token ? { authorization: `JWT ${this.token}` } : {}),
        ...extraHeaders,
      },
      body: body === undefined ? undefined : raw ? body : JSON.stringify(body),
    })
    const text = await response.text()
    let json: unknown = null
    try {
      json = JSON.parse(text)
    } catch {
      // not JSON
    }
    return { status: response.status, json, text, headers: response.headers }
  }

  /** Creates a draft practice with these fields as this account (POST /api/practices?draft=true) and returns its id. */
  async createDraft(fields: { title: string; slug: string; country: string; originalLanguage: string } & Record<string, unknown>): Promise<number> {
    const { status, json, text } = await this.rest('POST', '/api/practices?draft=true', fields)
    if (status !== 201) throw new Error(`creating the draft ${fields.slug} failed: ${status} ${text}`)
    return (json as { doc: { id: number } }).doc.id
  }

  async graphql(query: string, variables?: Record<string, unknown>): Promise<{ status: number; data: any; errors?: { message: string }[]; text: string }> {
    const { status, json, text } = await this.rest('POST', '/api/graphql', { query, variables })
    return { ...(json as { data: unknown; errors?: { message: string }[] }), status, text }
  }
}

/** A client signed in as the demo account `email` before the tests of the file or `describe` block that calls this. */
export function signedInBeforeAll(baseURL: string, email: string): () => ApiClient {
  let client: ApiClient | undefined
  beforeAll(async () => {
    client = await ApiClient.signedIn(baseURL, email)
  })
  return () => client!
}

/**
 * GETs `url` with exactly these headers and reads the body as it came over the wire: unlike fetch, node:http neither
 * adds an Accept-Encoding nor decodes the answer.
 */
export function rawGet(url: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers }, (response) => {
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }))
        response.on('error', reject)
      })
      .on('error', reject)
  })
}
