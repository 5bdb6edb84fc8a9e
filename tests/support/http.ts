import { demoPassword } from '../../seed/users'

/** A client of the running app's REST and GraphQL APIs, signed in as a demo account or anonymous. */
export class ApiClient {
  private constructor(
    private readonly baseURL: string,
    private readonly token: string | null,
  ) {}

  static anonymous(baseURL: string) {
    return new ApiClient(baseURL, null)
  }

  static async signedIn(baseURL: string, email: string) {
    const response = await fetch(`${baseURL}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: demoPassword() }),
    })
    if (!response.ok) throw new Error(`login of ${email} failed: ${response.status}`)
    const { token } = (await response.json()) as { token: string }
    return new ApiClient(baseURL, token)
  }

  /** Sends `body` as JSON, or as it is when it is a string (e.g. a file's content). */
  async rest(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<{ status: number; json: any; text: string }> {
    const raw = typeof body === 'string'
    const response = await fetch(`${this.baseURL}${path}`, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'content-type': raw ? 'application/octet-stream' : 'application/json' }),
        ...(this.token ? { authorization: `JWT ${this.token}` } : {}),
        ...headers,
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
    return { status: response.status, json, text }
  }

  async graphql(query: string): Promise<{ data: any; errors?: { message: string }[]; text: string }> {
    const { json, text } = await this.rest('POST', '/api/graphql', { query })
    return { ...(json as { data: unknown; errors?: { message: string }[] }), text }
  }
}
