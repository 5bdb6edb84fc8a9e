import { randomBytes } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { Readable } from 'node:stream'

import type { MediaStore, StoredMedia } from './media-store'

/** Media in a directory: .data/media by default, or MEDIA_DIR (a volume every instance mounts). */
export class DiskMediaStore implements MediaStore {
  constructor(private readonly directory: string) {}

  async put(key: string, body: Buffer): Promise<void> {
    const target = this.pathOf(key)
    await mkdir(this.directory, { recursive: true })
    // Written under a temporary name and renamed, so another instance never serves half a file.
    const temporary = path.join(this.directory, `.${key}.${randomBytes(4).toString('hex')}.tmp`)
    await writeFile(temporary, body, { flag: 'wx' })
    await rename(temporary, target)
  }

  async get(key: string): Promise<StoredMedia | undefined> {
    const file = this.pathOf(key)
    try {
      const { size } = await stat(file)
      return { body: Readable.toWeb(createReadStream(file)) as ReadableStream<Uint8Array>, size }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
      throw error
    }
  }

  async remove(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true })
  }

  /** The file's path; a key that would leave the directory is refused. */
  private pathOf(key: string): string {
    const file = path.resolve(this.directory, key)
    if (path.dirname(file) !== this.directory || key.startsWith('.')) throw new Error(`Not a media file name: ${key}`)
    return file
  }
}
