import config from '@payload-config'
import { generatePageMetadata, type NotFoundPage, type RootPage } from '@payloadcms/next/views'
import type { Metadata } from 'next'

import { importMap } from '../importMap.js'

/** What Next passes to a page under /admin: the path after /admin, and the query string. */
type AdminRouteProps = {
  params: Promise<{ segments: string[] }>
  searchParams: Promise<Record<string, string | string[]>>
}

/** The metadata Payload gives the admin page at the route's address. */
export const adminMetadata = ({ params, searchParams }: AdminRouteProps): Promise<Metadata> => generatePageMetadata({ config, params, searchParams })

/** A Payload view (its admin, its 404) as the route's page, with the app's config and import map. */
export const adminView = (view: typeof RootPage | typeof NotFoundPage) =>
  function AdminView({ params, searchParams }: AdminRouteProps) {
    return view({ config, params, searchParams, importMap })
  }
