/**
 * The ICT/LMI framework "for design and mapping existing career guidance
 * services" (shared/seeds/002_*.txt) as data, in the seed's order.
 *
 * Keys are stable: they are Payload field names, database values, URL
 * parameters and export columns. Never rename a key; add new ones instead.
 * Where an English title, prompt or label differs from the seed's own line,
 * `source` holds that line verbatim (tests/unit/framework-seed-coverage.test.ts).
 */
import { access } from './access'
import { audience } from './audience'
import { barriers } from './barriers'
import { citizenSupport } from './citizenSupport'
import { contacts } from './contacts'
import { evaluation } from './evaluation'
import { funding } from './funding'
import { ictFeatures } from './ictFeatures'
import { ictFunction } from './ictFunction'
import { interfaceSection } from './interface'
import { lmiFeatures } from './lmiFeatures'
import { other } from './other'
import { overview } from './overview'
import { policyFocus } from './policyFocus'
import { practitionerRole } from './practitionerRole'
import { practitionerSupport } from './practitionerSupport'
import { rationale } from './rationale'
import { results } from './results'
import { themes } from './themes'

export { connectednessOptions, driverOptions } from './shared-options'

/** The framework's sections in the seed's order. */
export const sections = [
  overview,
  themes,
  policyFocus,
  interfaceSection,
  ictFunction,
  rationale,
  audience,
  practitionerRole,
  access,
  ictFeatures,
  lmiFeatures,
  practitionerSupport,
  citizenSupport,
  funding,
  barriers,
  evaluation,
  results,
  other,
  contacts,
] as const
