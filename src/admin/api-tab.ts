import type { CollectionConfig } from 'payload'

import { isAdmin } from '@/access/collection-access'

type CollectionViews = NonNullable<NonNullable<NonNullable<CollectionConfig['admin']>['components']>['views']>
type EditViews = NonNullable<CollectionViews['edit']>

/**
 * The collection with the document view's "API" tab (the record as REST JSON) shown to admins only: to coordinators
 * and reviewers it is a developer's view among their editing tabs.
 */
export const withApiTabForAdmins = (collection: CollectionConfig): CollectionConfig => {
  const components = collection.admin?.components
  // A collection with a `root` edit view draws its own tabs; none here has one, so this adds to the default views.
  const edit = { ...components?.views?.edit, api: { tab: { condition: ({ req }) => isAdmin(req.user) } } } as EditViews
  return {
    ...collection,
    admin: { ...collection.admin, components: { ...components, views: { ...components?.views, edit } } },
  }
}
