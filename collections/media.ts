import type { CollectionConfig, UploadConfig } from 'payload'

import { tableAccess } from '@/access/collection-access'
import { collectionLabels } from '@/i18n/collection-labels'
import { labelsOf } from '@/i18n/labels-of'
import { storedUploads } from '@/media/media-storage'

/** Raster images only: an SVG is a document that can run scripts. */
const inlineImageTypes = ['image/png', 'image/jpeg', 'image/gif', 'image/webp', 'image/avif']

/** Files are served from the site's own origin: anything but a plain image is downloaded, never shown inline. */
const modifyResponseHeaders: NonNullable<UploadConfig['modifyResponseHeaders']> = ({ headers }) => {
  if (!inlineImageTypes.includes(headers.get('content-type')?.split(';')[0] ?? '')) headers.set('content-disposition', 'attachment')
  headers.set('x-content-type-options', 'nosniff')
  return headers
}

// Files go to the media store (a shared directory or an S3-compatible bucket: src/media), not to one instance's disk.
const storage = storedUploads(modifyResponseHeaders)

export const Media: CollectionConfig = {
  slug: 'media',
  labels: collectionLabels('admin.mediaFile', 'admin.media'),
  access: tableAccess('media'),
  upload: { ...storage.upload, mimeTypes: [...inlineImageTypes, 'application/pdf'] },
  hooks: storage.hooks,
  fields: [
    {
      name: 'alt',
      type: 'text',
      required: true,
      label: labelsOf('admin.altText'),
    },
  ],
}
