import { openApiDocument } from '@/exchange/openapi'
import { publicOrigin } from '@/exchange/public-origin'

export const dynamic = 'force-dynamic'

export function GET(request: Request) {
  return Response.json(openApiDocument(publicOrigin(request)))
}
