import { DiskMediaStore } from './disk-media-store'
import { mediaSettings } from './media-settings'
import { S3MediaStore } from './s3-media-store'

/** A stored file as the file route sends it. */
export interface StoredMedia {
  body: ReadableStream<Uint8Array>
  size: number
}

/**
 * Where the media collection keeps its files (media-storage.ts wires it into Payload's upload hooks and file route),
 * so that every app instance reads what any of them wrote: a shared directory or an S3-compatible bucket.
 * Keys are Payload's file names, already made safe and unique.
 */
export interface MediaStore {
  put(key: string, body: Buffer, contentType: string): Promise<void>
  /** The file, or undefined when there is none under `key`. */
  get(key: string): Promise<StoredMedia | undefined>
  /** Removes the file; nothing happens when there is none. */
  remove(key: string): Promise<void>
}

let store: { settings: string; store: MediaStore } | undefined

/** The store the settings in process.env name (made once per settings, read when a file is stored or served). */
export function mediaStore(): MediaStore {
  const settings = mediaSettings()
  const key = JSON.stringify(settings)
  if (store?.settings !== key) store = { settings: key, store: settings.kind === 'disk' ? new DiskMediaStore(settings.directory) : new S3MediaStore(settings) }
  return store.store
}
