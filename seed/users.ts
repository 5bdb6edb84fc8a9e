import type { Role } from '@/access/roles'
import type { Locale } from '@/framework/types'

/**
 * One demo account per role, each with the language its mails come in. Their password is DEMO_PASSWORD (see README),
 * for local use only.
 */
export const demoUsers: { email: string; name: string; roles: Role[]; countries?: string[]; language: Locale }[] = [
  { email: 'admin@example.org', name: 'Admin (demo)', roles: ['admin'], language: 'en' },
  { email: 'reviewer@example.org', name: 'Reviewer (demo)', roles: ['reviewer'], language: 'en' },
  { email: 'coordinator.be@example.org', name: 'Coordinator Belgium (demo)', roles: ['coordinator'], countries: ['BE'], language: 'nl' },
  { email: 'coordinator.nl@example.org', name: 'Coordinator Netherlands (demo)', roles: ['coordinator'], countries: ['NL'], language: 'nl' },
  { email: 'researcher@example.org', name: 'Researcher (demo)', roles: ['researcher'], language: 'en' },
]

export const DEFAULT_DEMO_PASSWORD = 'atlas-demo-2026'

export const demoPassword = () => process.env.DEMO_PASSWORD || DEFAULT_DEMO_PASSWORD
