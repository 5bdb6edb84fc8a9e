/** Roles a user account can hold (field `roles` on `users`). */
export const roles = ['admin', 'reviewer', 'coordinator', 'researcher'] as const
export type Role = (typeof roles)[number]

/** Whoever is not signed in. */
export type Viewer = Role | 'anonymous'

/** The part of a user record that access decisions read. */
export interface AccessUser {
  id: number | string
  roles?: readonly string[] | null
  /** Country codes, or populated country documents when read with depth. */
  countries?: readonly (string | { id: string })[] | null
}

export function rolesOf(user: AccessUser | null | undefined): Viewer[] {
  const held = (user?.roles ?? []).filter((r): r is Role => (roles as readonly string[]).includes(r))
  return held.length > 0 ? held : ['anonymous']
}

export function countriesOf(user: AccessUser | null | undefined): string[] {
  return (user?.countries ?? []).map((c) => (typeof c === 'string' ? c : c.id))
}

export function hasRole(user: AccessUser | null | undefined, role: Role): boolean {
  return rolesOf(user).includes(role)
}
