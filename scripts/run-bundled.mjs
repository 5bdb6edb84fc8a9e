/**
 * `node scripts/run-bundled.mjs scripts/TOOL.ts [ARGS...]`: runs a command-line tool from one esbuild bundle of its
 * TypeScript instead of through tsx. tsx's loader hooks handle every module, packages included, so the import
 * command spent 2.3 s loading Payload and the app before reading a byte; bundled, the app's own modules are a few
 * files, packages load natively from node_modules, and `npm run import` reaches its first row after about 1.4 s
 * instead of 2.8 s, making the bundle (0.15 s) included. The bundle is made again on every run, so it never lags
 * behind the source, and kept under node_modules/.cache by the hash of its contents: runs of the same code share
 * it, and a run of changed code never overwrites the files another run is loading. Plain JavaScript, because
 * Node 20 cannot load TypeScript without a loader.
 * Run it with `--conditions=production` (package.json does): see scripts/lib/run.ts, `runScript`, for why; loaded
 * natively, without tsx slowing every load, lexical's default entry leaves nine starts in ten unfinished.
 */
import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

import { build } from 'esbuild'

const root = path.resolve(import.meta.dirname, '..')
const [entry, ...args] = process.argv.slice(2)
if (!entry || !process.execArgv.includes('--conditions=production')) {
  console.error('usage: node --conditions=production scripts/run-bundled.mjs scripts/TOOL.ts [ARGS...]')
  process.exit(2)
}

/**
 * In a bundle every module shares the bundle's `import.meta`; modules that find files next to themselves
 * (the seed's data, the project root) get their own folder and address written in instead.
 */
const ownImportMeta = {
  name: 'own-import-meta',
  setup(bundle) {
    bundle.onLoad({ filter: /\.tsx?$/ }, async ({ path: file }) => ({
      contents: (await readFile(file, 'utf8'))
        .replaceAll('import.meta.dirname', JSON.stringify(path.dirname(file)))
        .replaceAll('import.meta.url', JSON.stringify(pathToFileURL(file).href)),
      loader: file.endsWith('.tsx') ? 'tsx' : 'ts',
    }))
  },
}

const name = path.basename(entry, path.extname(entry))
const { outputFiles } = await build({
  entryPoints: { [name]: path.resolve(entry) },
  absWorkingDir: root,
  bundle: true,
  // The tool's dynamic imports stay chunks loaded when reached, as in the source: a run loads only the packages
  // it uses (the import, for one, no S3 client).
  splitting: true,
  write: false,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  jsx: 'automatic',
  outdir: 'bundle',
  plugins: [ownImportMeta],
  logLevel: 'warning',
})
const hash = createHash('sha256')
for (const file of outputFiles) hash.update(file.path).update(file.contents)
const cacheDir = path.join(root, 'node_modules', '.cache', 'atlas-tools')
const bundleDir = path.join(cacheDir, `${name}-${hash.digest('hex').slice(0, 16)}`)
await mkdir(cacheDir, { recursive: true })
if (!existsSync(bundleDir)) {
  const partial = `${bundleDir}.${process.pid}`
  await Promise.all(outputFiles.map(async (file) => {
    const target = path.join(partial, path.relative(path.join(root, 'bundle'), file.path))
    await mkdir(path.dirname(target), { recursive: true })
    await writeFile(target, file.contents)
  }))
  // Another run may have made the same bundle meanwhile.
  await rename(partial, bundleDir).catch(() => rm(partial, { recursive: true, force: true }))
  await removeOldBundles()
}

/** Removes this tool's bundles of other code made over a day ago: a run still going loads its chunks when it reaches them. */
async function removeOldBundles() {
  const dayAgo = Date.now() - 24 * 60 * 60 * 1000
  for (const dir of await readdir(cacheDir)) {
    const full = path.join(cacheDir, dir)
    if (dir.startsWith(`${name}-`) && full !== bundleDir && (await stat(full)).mtimeMs < dayAgo) await rm(full, { recursive: true, force: true })
  }
}

process.argv = [process.argv[0], path.resolve(entry), ...args]
await import(pathToFileURL(path.join(bundleDir, `${name}.js`)).href)
