import { NotFoundPage } from '@payloadcms/next/views'

import { adminMetadata, adminView } from './admin-route'

export const generateMetadata = adminMetadata

export default adminView(NotFoundPage)
