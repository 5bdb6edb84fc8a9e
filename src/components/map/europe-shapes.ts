/**
 * The shapes of the map of Europe as one SVG document, served once at EUROPE_SHAPES_PATH and cached by the
 * browser: the map on each page refers to a country's shape with `<use href="…#DE">` instead of carrying the
 * paths itself, so that the geometry is not sent twice in every page (server HTML and Next's RSC payload).
 * The paths have no fill or stroke of their own: they take the `<use>` element's, set by the page.
 */
import 'server-only'

import { createHash } from 'node:crypto'

import { europeGeometry } from './europe-geometry'

export const EUROPE_SHAPES_PATH = '/maps/europe.svg'
/** the id of the path of every country outside the inventory's list */
export const CONTEXT_SHAPE_ID = 'context'

let document: { svg: string; href: string } | undefined

/** The SVG document, and the address pages refer to, versioned by its content so that it can be cached for good. */
export function europeShapes(): { svg: string; href: string } {
  if (!document) {
    const { width, height, context, shapes } = europeGeometry()
    const paths = [[CONTEXT_SHAPE_ID, context] as const, ...[...shapes].filter(([, shape]) => shape.d).map(([code, shape]) => [code, shape.d] as const)]
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}">${paths.map(([id, d]) => `<path id="${id}" d="${d}"/>`).join('')}</svg>`
    const version = createHash('sha256').update(svg).digest('hex').slice(0, 12)
    document = { svg, href: `${EUROPE_SHAPES_PATH}?v=${version}` }
  }
  return document
}
