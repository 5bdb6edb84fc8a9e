/**
 * Headers on every response (next.config.ts, read at build time). Pages get their
 * Content-Security-Policy with a fresh nonce, and every answer Strict-Transport-Security
 * when SERVER_URL is https, from proxy.ts at run time; API responses are data, never
 * documents, so their policy allows nothing at all.
 */
export function securityHeaders() {
  const everywhere = [
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    { key: 'X-Frame-Options', value: 'DENY' },
    { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
    { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()' },
  ]
  return [
    { source: '/:path*', headers: everywhere },
    { source: '/api/:path*', headers: [{ key: 'Content-Security-Policy', value: "default-src 'none'; frame-ancestors 'none'; sandbox" }] },
  ]
}
