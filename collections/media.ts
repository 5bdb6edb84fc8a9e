import path from 'node:path'
import type { CollectionConfig } from 'payload'

import { tableAccess } from '../src/access/collection-access'

export const Media: CollectionConfig = {
  slug: 'media',
  labels: {
    singular: { en: 'Media file', nl: 'Mediabestand', fr: 'Fichier média', de: 'Mediendatei' },
    plural: { en: 'Media', nl: 'Media', fr: 'Médias', de: 'Medien' },
  },
  access: tableAccess('media'),
  // Uploaded files live beside the embedded database, outside the source tree.
  upload: { staticDir: path.resolve(process.cwd(), '.data', 'media') },
  fields: [
    {
      name: 'alt',
      type: 'text',
      required: true,
      label: { en: 'Alternative text', nl: 'Alternatieve tekst', fr: 'Texte alternatif', de: 'Alternativtext' },
    },
  ],
}
