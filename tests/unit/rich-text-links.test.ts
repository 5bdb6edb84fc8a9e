/** Links in rich text from older content: only those to allowed addresses are rendered as links. */
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'

import { Answer } from '@/components/practice/Answer'
import { readingOf } from '@/view-models/practice/reading'
import { allQuestions } from '@/framework'
import type { Practice } from '@/payload-types'
import { richTextLinkingTo, safeUrls, unsafeUrls } from '../support/rich-text-link'

const narrative = allQuestions().find((q) => q.kind === 'narrative')!
const rendered = (url: string, type?: 'link' | 'autolink') =>
  renderToStaticMarkup(createElement(Answer, { question: narrative, value: richTextLinkingTo(url, type), reading: readingOf('en', { sources: [] } as unknown as Practice, new Set(), new Map()) }))

describe('rich-text links on the practice page', () => {
  it.each(unsafeUrls)('renders a link to %j as plain text', (url) => {
    for (const type of ['link', 'autolink'] as const) {
      const html = rendered(url, type)
      expect(html).toContain('Read the guide')
      expect(html).not.toContain('<a')
    }
  })

  it.each(safeUrls)('renders a link to %j as a link', (url) => {
    expect(rendered(url)).toMatch(/<a [^>]*href="[^"]+"[^>]*>the guide<\/a>/)
  })
})
