import type { Role } from '@/access/roles'

/** One demo account per role. Their password is DEMO_PASSWORD (see README), for local use only. */
export const demoUsers: { email: string; name: string; roles: Role[]; countries?: string[] }[] = [
  { email: 'admin@example.org', name: 'Admin (demo)', roles: ['admin'] },
  { email: 'reviewer@example.org', name: 'Reviewer (demo)', roles: ['reviewer'] },
  { email: 'coordinator.be@example.org', name: 'Coordinator Belgium (demo)', roles: ['coordinator'], countries: ['BE'] },
  { email: 'coordinator.nl@example.org', name: 'Coordinator Netherlands (demo)', roles: ['coordinator'], countries: ['NL'] },
  { email: 'researcher@example.org', name: 'Researcher (demo)', roles: ['researcher'] },
]

export const DEFAULT_DEMO_PASSWORD = 'atlas-demo-2026'

export const demoPassword = () => process.env.DEMO_PASSWORD || DEFAULT_DEMO_PASSWORD
