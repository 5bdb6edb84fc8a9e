/**
 * Headers on every response (next.config.ts). Pages get their
 * Content-Security-Policy with a fresh nonce from proxy.ts; API responses are
 * data, never documents, so theirs allows nothing at all.
 */
export function securityHeaders() {
  const everywhere = [
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    { key: 'X-Frame-Options', value: 'DENY' },
    { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
    { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()' },
    // Browsers heed this only on https responses (RFC 6797), so it can be sent always, whatever the build knew of SERVER_URL.
    { key: 'Strict-Transport-Security', value: 'max-age=31536000; includeSubDomains' },
  ]
  return [
    { source: '/:path*', headers: everywhere },
    { source: '/api/:path*', headers: [{ key: 'Content-Security-Policy', value: "default-src 'none'; frame-ancestors 'none'; sandbox" }] },
  ]
}
