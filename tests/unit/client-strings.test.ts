import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { repositoryRoot as root, sourceFiles } from '../support/source-files'

/** The modules a file loads at run time: relative and `@/` imports that are not `import type`. */
function runtimeImports(file: string): string[] {
  const text = readFileSync(file, 'utf8')
  const specifiers = [...text.matchAll(/^import (?!type )[^'"]*['"]((?:\.|@\/)[^'"]+)['"]/gm)].map((m) => m[1]!)
  return specifiers.flatMap((specifier) => {
    const base = specifier.startsWith('@/') ? path.join(root, 'src', specifier.slice(2)) : path.resolve(path.dirname(file), specifier)
    const found = [`${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')].find((candidate) => existsSync(candidate))
    return found ? [found] : []
  })
}

/** Every module that ends up in the browser's bundle through a 'use client' file (those `entry` accepts). */
function clientModules(entry: (file: string) => boolean = () => true): Set<string> {
  const entries = ['src', 'app']
    .flatMap((dir) => sourceFiles(dir))
    .filter((file) => /^['"]use client['"]/.test(readFileSync(file, 'utf8')) && entry(path.relative(root, file).split(path.sep).join('/')))
  const reached = new Set<string>()
  const visit = (file: string) => {
    if (reached.has(file)) return
    reached.add(file)
    runtimeImports(file).forEach(visit)
  }
  entries.forEach(visit)
  return reached
}

describe('strings in the browser', () => {
  it('client components receive their namespace in the page’s language: none loads a whole catalogue', () => {
    const catalogueModules = /src\/i18n\/(translations\.ts|catalogues\/(index|en|nl|fr|de)\.ts)$/
    const loaded = [...clientModules()].map((file) => path.relative(root, file).split(path.sep).join('/'))
    expect(loaded.filter((file) => catalogueModules.test(file))).toEqual([])
    expect(loaded).toContain('src/benchmark/components/AssessmentForm.tsx')
  })

  it('the public pages’ client components need no ICU MessageFormat parser: their counted strings come worded from the server', () => {
    const publicClient = [...clientModules((file) => !/^src\/(admin|benchmark)\//.test(file))].map((file) => path.relative(root, file).split(path.sep).join('/'))
    expect(publicClient).toContain('src/components/compare/AddToCompare.tsx')
    expect(publicClient.filter((file) => readFileSync(path.join(root, file), 'utf8').includes("from 'intl-messageformat'"))).toEqual([])
  })
})
