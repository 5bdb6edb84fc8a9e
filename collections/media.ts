import path from 'node:path'
import type { CollectionConfig } from 'payload'

import { tableAccess } from '@/access/collection-access'
import { collectionLabels } from '@/i18n/collection-labels'
import { labelsOf } from '@/i18n/labels-of'

/** Raster images only: an SVG is a document that can run scripts. */
const inlineImageTypes = ['image/png', 'image/jpeg', 'image/gif', 'image/webp', 'image/avif']

export const Media: CollectionConfig = {
  slug: 'media',
  labels: collectionLabels('admin.mediaFile', 'admin.media'),
  access: tableAccess('media'),
  // Uploaded files live beside the embedded database, outside the source tree.
  upload: {
    staticDir: path.resolve(process.cwd(), '.data', 'media'),
    mimeTypes: [...inlineImageTypes, 'application/pdf'],
    // Files are served from the site's own origin: anything but a plain image is downloaded, never shown inline.
    modifyResponseHeaders: ({ headers }) => {
      if (!inlineImageTypes.includes(headers.get('content-type')?.split(';')[0] ?? '')) headers.set('content-disposition', 'attachment')
      headers.set('x-content-type-options', 'nosniff')
      return headers
    },
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      required: true,
      label: labelsOf('admin.altText'),
    },
  ],
}
