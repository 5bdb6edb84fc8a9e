import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'
import path from 'node:path'

import { securityHeaders } from '@/security/security-headers'

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Metadata (title, description, language alternates) in the head for every reader. Next otherwise streams it after
  // the page for clients it does not take for a search engine, and a page whose data is read slowly then has its
  // description in the body: Lighthouse's audit missed the country profile's.
  htmlLimitedBots: /./,
  experimental: {
    // app/global-not-found.tsx: the 404 page of the public site, in the language of the address
    globalNotFound: true,
    // The stylesheet (about 5 KB compressed) in the page instead of a render-blocking request: one round trip
    // less before the first paint on a phone's connection (Lighthouse: about 0.4 s of FCP and LCP).
    inlineCss: true,
  },
  turbopack: { root: path.resolve(process.cwd()) },
  async headers() {
    return securityHeaders()
  },
  async redirects() {
    return [{ source: '/', destination: '/en', permanent: false }]
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
