import { readFile } from 'node:fs/promises'

import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionBeforeChangeHook, PayloadRequest, UploadConfig } from 'payload'

import { mediaStore } from './media-store'

/**
 * The media collection's storage adapter: Payload keeps no file on its own disk (disableLocalStorage); its hooks
 * hand each upload to the media store and its file route reads from there (the roles of @payloadcms/storage-s3,
 * which is not published for Payload 3.90.2). Every instance reads what any instance wrote.
 */
type Upload = { filename?: string | null; mimeType?: string | null }

/** Stores the uploaded file, under the name Payload gave it, before the document that names it is saved. */
const storeUpload: CollectionBeforeChangeHook = async ({ data, req }) => {
  const upload = data as Upload
  if (!req.file || !upload.filename) return data
  const body = req.file.tempFilePath ? await readFile(req.file.tempFilePath) : req.file.data
  await mediaStore().put(upload.filename, body, upload.mimeType ?? req.file.mimetype)
  return data
}

/** A file replaced by a new upload is removed once the document names the new one. */
const removeReplaced: CollectionAfterChangeHook = async ({ doc, previousDoc }) => {
  const before = (previousDoc as Upload | undefined)?.filename
  if (before && before !== (doc as Upload).filename) await mediaStore().remove(before)
  return doc
}

const removeDeleted: CollectionAfterDeleteHook = async ({ doc }) => {
  const filename = (doc as Upload).filename
  if (filename) await mediaStore().remove(filename)
}

/**
 * Serves /api/media/file/:filename from the store, after Payload's read access check, with the collection's headers:
 * only a file that a media document names. The store may hold others (a bucket shared with other data, a file whose
 * document was deleted while its removal failed), and a name that is no media file name is not looked up at all.
 */
function serveFrom(modifyHeaders: NonNullable<UploadConfig['modifyResponseHeaders']>): NonNullable<UploadConfig['handlers']>[number] {
  return async (req: PayloadRequest, { doc, params }) => {
    const named = (doc as Upload | undefined) ?? (await mediaDocument(req, params.filename))
    const stored = named ? await mediaStore().get(params.filename) : undefined
    if (!named || !stored) return Response.json({ errors: [{ message: 'The file was not found.' }] }, { status: 404 })
    const headers = new Headers({ 'content-type': named.mimeType ?? 'application/octet-stream', 'content-length': String(stored.size) })
    return new Response(stored.body, { status: 200, headers: modifyHeaders({ headers }) ?? headers })
  }
}

/** The media document of a file (Payload passes none when read access is open to all). */
async function mediaDocument(req: PayloadRequest, filename: string): Promise<Upload | null> {
  return (await req.payload.db.findOne({ collection: 'media', req, where: { filename: { equals: filename } } })) as Upload | null
}

/** The upload settings and hooks that route the media collection's files through the media store. */
export function storedUploads(modifyResponseHeaders: NonNullable<UploadConfig['modifyResponseHeaders']>) {
  return {
    upload: { disableLocalStorage: true, handlers: [serveFrom(modifyResponseHeaders)], modifyResponseHeaders },
    hooks: { beforeChange: [storeUpload], afterChange: [removeReplaced], afterDelete: [removeDeleted] },
  }
}
