import { europeShapes } from '@/components/map/europe-shapes'

/**
 * The shapes the map of Europe refers to (src/components/map/europe-shapes.ts). Pages ask for it with its
 * content's version in the address, so a browser keeps it as long as it likes.
 */
export function GET(): Response {
  return new Response(europeShapes().svg, {
    headers: { 'content-type': 'image/svg+xml; charset=utf-8', 'cache-control': 'public, max-age=31536000, immutable' },
  })
}
