import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'
import path from 'node:path'

import { securityHeaders } from '@/security/security-headers'

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // app/global-not-found.tsx: the 404 page of the public site, in the language of the address
  experimental: { globalNotFound: true },
  turbopack: { root: path.resolve(process.cwd()) },
  async headers() {
    return securityHeaders()
  },
  async redirects() {
    return [{ source: '/', destination: '/en', permanent: false }]
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
