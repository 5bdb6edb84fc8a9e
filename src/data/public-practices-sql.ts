/**
 * The practices every SQL read of the public site counts and lists: what the permission table lets an
 * anonymous visitor read (src/access/permissions.ts), written as a condition on `practices p`. The SQL reads
 * take no viewer: their answers are cached for everyone, so they show the public view to whoever asks, and
 * signed-in editors see drafts in the admin.
 */
import { permissions, type Scope } from '@/access/permissions'

/** The anonymous scopes of practices these reads can express, in SQL; a change of the table that they cannot follow stops the server. */
const conditionOf: Partial<Record<Scope, string>> = { published: `p._status = 'published'` }

function publicCondition(scope: Scope): string {
  const condition = conditionOf[scope]
  if (condition === undefined) throw new Error(`The public SQL reads cannot express the anonymous practices scope "${scope}"`)
  return condition
}

export const publicPractices = publicCondition(permissions.practices.read!.anonymous)
