/**
 * `npx tsx scripts/make-icons.ts`: draws the site's icons from its one mark, public/icon.svg, for the public site and
 * the admin alike: public/favicon.ico (16, 32 and 48 pixels) and public/apple-touch-icon.png (180 pixels).
 * Run it after changing the mark, and commit what it writes.
 */
import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'

import sharp from 'sharp'

import { ROOT } from './lib/environment'
import { icoOfPngs } from './lib/ico'

const mark = await readFile(path.join(ROOT, 'public/icon.svg'))
// Drawn large (64 units at 384 dpi is about 340 pixels) and scaled down, so small sizes stay crisp.
const png = (size: number) => sharp(mark, { density: 384 }).resize(size, size).png().toBuffer()

const favicon = icoOfPngs(await Promise.all([16, 32, 48].map(async (size) => ({ size, png: await png(size) }))))
await writeFile(path.join(ROOT, 'public/favicon.ico'), favicon)
await writeFile(path.join(ROOT, 'public/apple-touch-icon.png'), await png(180))
console.log('Wrote public/favicon.ico and public/apple-touch-icon.png from public/icon.svg')
