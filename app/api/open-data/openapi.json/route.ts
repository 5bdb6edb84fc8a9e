import { openApiDocument } from '../../../../src/exchange/openapi'
import { publicOrigin } from '../../../../src/exchange/public-origin'

export const dynamic = 'force-dynamic'

export function GET(request: Request) {
  return Response.json(openApiDocument(publicOrigin(request)))
}
