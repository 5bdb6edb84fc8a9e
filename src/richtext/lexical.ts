/**
 * Conversions between plain text (paragraphs separated by blank lines) and the
 * Lexical JSON that Payload's rich-text fields store.
 */
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'

interface LexicalNode {
  type: string
  text?: string
  children?: LexicalNode[]
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
