// Every admin URL is rendered by Payload's RootPage.
import { RootPage } from '@payloadcms/next/views'

import { adminMetadata, adminView } from './admin-route'

export const generateMetadata = adminMetadata

export default adminView(RootPage)
