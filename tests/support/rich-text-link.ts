import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'

/** A rich-text value of one paragraph: "Read " and a link (or autolink) to `url` with the text "the guide". */
export function richTextLinkingTo(url: string, type: 'link' | 'autolink' = 'link'): SerializedEditorState {
  const text = (value: string) => ({ type: 'text', text: value, format: 0, detail: 0, mode: 'normal', style: '', version: 1 })
  const block = { format: '', indent: 0, version: 1, direction: 'ltr' }
  return {
    root: {
      type: 'root',
      ...block,
      children: [
        {
          type: 'paragraph',
          ...block,
          textFormat: 0,
          textStyle: '',
          children: [text('Read '), { type, ...block, version: 3, id: 'link-1', fields: { url, newTab: false, linkType: 'custom' }, children: [text('the guide')] }],
        },
      ],
    },
  } as unknown as SerializedEditorState
}

/** URLs a link may not go to, with the tricks browsers forgive: case, spaces, tabs and control characters. */
export const unsafeUrls = [
  'javascript:alert(1)',
  ' JaVaScRiPt:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  '\u0001javascript:alert(1)',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'vbscript:msgbox(1)',
  '//evil.example/path',
  '/\\evil.example/path',
]

/** URLs a link may go to. */
export const safeUrls = ['https://www.clbchat.be', 'http://example.org/a?b=c', 'mailto:info@example.org', 'tel:+3232000000', '/en/practices', '#contacts', '?q=chat']
