/**
 * Conversions between plain text (paragraphs separated by blank lines) and the
 * Lexical JSON that Payload's rich-text fields store, and the links in it.
 */
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'

import { isSafeLink } from './safe-link'

interface LexicalNode {
  type: string
  text?: string
  children?: LexicalNode[]
  fields?: { url?: unknown }
}

/** The URL of a link or autolink node; undefined for other nodes and for links to a document. */
const urlOf = (node: LexicalNode): string | undefined =>
  (node.type === 'link' || node.type === 'autolink') && typeof node.fields?.url === 'string' ? node.fields.url : undefined

/** The URLs of every link in a rich-text value, or in any JSON holding such values (e.g. one per locale). */
export function linkUrls(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(linkUrls)
  if (value === null || typeof value !== 'object') return []
  const url = urlOf(value as LexicalNode)
  return [...(url === undefined ? [] : [url]), ...Object.values(value).flatMap(linkUrls)]
}

/** The rich-text value with each link that isSafeLink refuses (older content) replaced by its text. */
export function withoutUnsafeLinks(value: SerializedEditorState): SerializedEditorState {
  const clean = (nodes: LexicalNode[]): LexicalNode[] =>
    nodes.flatMap((node) => {
      const url = urlOf(node)
      const children = node.children && clean(node.children)
      if (url !== undefined && !isSafeLink(url)) return children ?? []
      return [children ? { ...node, children } : node]
    })
  const root = value.root as unknown as LexicalNode
  return { ...value, root: { ...root, children: clean(root.children ?? []) } } as unknown as SerializedEditorState
}

export function lexicalFromPlainText(text: string): SerializedEditorState {
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
  return {
    root: {
      type: 'root',
      format: '',
      indent: 0,
      version: 1,
      direction: 'ltr',
      children: paragraphs.map((p) => ({
        type: 'paragraph',
        format: '',
        indent: 0,
        version: 1,
        direction: 'ltr',
        textFormat: 0,
        textStyle: '',
        children: [{ type: 'text', text: p, format: 0, detail: 0, mode: 'normal', style: '', version: 1 }],
      })),
    },
  } as unknown as SerializedEditorState
}

/** The text of a rich-text value, paragraphs separated by blank lines; '' for empty or missing values. */
export function plainTextFromLexical(value: unknown): string {
  const root = (value as { root?: LexicalNode } | null | undefined)?.root
  if (!root) return ''
  const textOf = (node: LexicalNode): string => node.text ?? (node.children ?? []).map(textOf).join('')
  return (root.children ?? [])
    .map(textOf)
    .filter((t) => t.trim() !== '')
    .join('\n\n')
}
