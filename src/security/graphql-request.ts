import { type DocumentNode, Kind, parse, type SelectionSetNode, type ValueNode } from 'graphql'
import { z } from 'zod'

import { MAX_PAGE_SIZE } from './page-size'

/**
 * What one GraphQL request may ask, checked before Payload executes anything
 * (app/(payload)/api/graphql/route.ts). Each root field is a database query,
 * so the cost of a request is the number of documents its root fields may
 * return: their `limit` (0 meaning "all", capped like REST pages), or
 * Payload's default page of 10.
 */
export const graphqlLimits = {
  maxQueryLength: 20_000,
  maxTokens: 2_000,
  maxDepth: 10,
  maxRootFields: 10,
  maxAliases: 20,
  maxCost: 100,
} as const

const DEFAULT_PAGE = 10

/** Root fields that would bypass the login's limits: signing in goes through POST /api/users/login only. */
const accountFields = /^(loginUser|forgotPasswordUser|resetPasswordUser|unlockUser|refreshTokenUser|verifyEmailUser)$/

const requestSchema = z.object({
  query: z.string({ error: 'The request has no "query" string.' }).max(graphqlLimits.maxQueryLength, `The query is longer than ${graphqlLimits.maxQueryLength} characters.`),
  variables: z.record(z.string(), z.unknown()).nullish(),
  operationName: z.string().max(200).nullish(),
})

/** Why a GraphQL request body is refused, or undefined. */
export function graphqlRequestProblem(body: string): string | undefined {
  let json: unknown
  try {
    json = JSON.parse(body)
  } catch {
    return 'Send the GraphQL request as JSON: {"query": "...", "variables": {...}}.'
  }
  const parsed = requestSchema.safeParse(json)
  if (!parsed.success) return parsed.error.issues[0].message
  let document: DocumentNode
  try {
    document = parse(parsed.data.query, { maxTokens: graphqlLimits.maxTokens })
  } catch (error) {
    return error instanceof Error ? error.message : 'The query cannot be read.'
  }
  return documentProblem(document, parsed.data.variables ?? {})
}

function documentProblem(document: DocumentNode, variables: Record<string, unknown>): string | undefined {
  const fragments = new Map(document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d.selectionSet] as const] : [])))
  let aliases = 0
  let deepest = 0
  const rootFields: { name: string; limit: ValueNode | undefined }[] = []

  // Walks a selection set, following fragments (each at most once per path, so a cycle cannot loop).
  const walk = (set: SelectionSetNode, depth: number, root: boolean, seen: ReadonlySet<string>) => {
    deepest = Math.max(deepest, depth)
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.alias) aliases++
        if (root) rootFields.push({ name: selection.name.value, limit: selection.arguments?.find((a) => a.name.value === 'limit')?.value })
        if (selection.selectionSet) walk(selection.selectionSet, depth + 1, false, seen)
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        walk(selection.selectionSet, depth, root, seen)
      } else {
        const name = selection.name.value
        const fragment = fragments.get(name)
        if (fragment && !seen.has(name)) walk(fragment, depth, root, new Set([...seen, name]))
      }
    }
  }
  for (const definition of document.definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION) walk(definition.selectionSet, 1, true, new Set())
  }

  const account = rootFields.find((f) => accountFields.test(f.name))
  if (account) return `"${account.name}" is not available through GraphQL: use POST /api/users/login and the other /api/users endpoints.`
  if (deepest > graphqlLimits.maxDepth) return `The query nests ${deepest} levels deep; at most ${graphqlLimits.maxDepth} are allowed.`
  if (rootFields.length > graphqlLimits.maxRootFields) return `The query asks for ${rootFields.length} top-level fields; at most ${graphqlLimits.maxRootFields} are allowed per request.`
  if (aliases > graphqlLimits.maxAliases) return `The query uses ${aliases} aliases; at most ${graphqlLimits.maxAliases} are allowed.`
  const cost = rootFields.reduce((sum, field) => sum + documentsOf(field.limit, variables), 0)
  if (cost > graphqlLimits.maxCost) {
    return `The query may return ${cost} documents (each top-level field counts its limit; limit 0 counts as ${MAX_PAGE_SIZE.signedIn}); at most ${graphqlLimits.maxCost} are allowed per request. Ask for smaller pages, or use the open-data files for everything.`
  }
  return undefined
}

function documentsOf(limit: ValueNode | undefined, variables: Record<string, unknown>): number {
  const value = limit?.kind === Kind.INT ? Number(limit.value) : limit?.kind === Kind.VARIABLE ? Number(variables[limit.name.value] ?? DEFAULT_PAGE) : DEFAULT_PAGE
  return Number.isFinite(value) && value > 0 ? Math.min(value, MAX_PAGE_SIZE.signedIn) : MAX_PAGE_SIZE.signedIn
}

/** Payload's GraphQL errors name fields that exist ("Did you mean …?"), which introspection being off should hide. */
export const withoutSuggestions = (message: string) => message.replace(/ Did you mean .*$/s, '')
