/** The site's public origin: SERVER_URL when set, else the origin the request came to. */
export function publicOrigin(request: Request): string {
  return (process.env.SERVER_URL ?? new URL(request.url).origin).replace(/\/$/, '')
}
