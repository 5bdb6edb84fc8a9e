import type { Role } from '@/access/roles'

/** One demo account per role. Their password is DEMO_PASSWORD (see README), for local use only. */
export const demoUsers: { email: string; name: string; roles: Role[]; countries?: string[] }[] = [
  { email: 'admin@example.org', name: 'Demo admin', roles: ['admin'] },
  { email: 'reviewer@example.org', name: 'Demo reviewer', roles: ['reviewer'] },
  { email: 'coordinator.be@example.org', name: 'Demo coordinator Belgium', roles: ['coordinator'], countries: ['BE'] },
  { email: 'coordinator.nl@example.org', name: 'Demo coordinator Netherlands', roles: ['coordinator'], countries: ['NL'] },
  { email: 'researcher@example.org', name: 'Demo researcher', roles: ['researcher'] },
]

export const DEFAULT_DEMO_PASSWORD = 'atlas-demo-2026'

export const demoPassword = () => process.env.DEMO_PASSWORD || DEFAULT_DEMO_PASSWORD
