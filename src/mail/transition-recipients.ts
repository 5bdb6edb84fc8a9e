import type { Payload } from 'payload'

import { countriesOf } from '@/access/roles'
import type { Locale } from '@/i18n/locales'
import type { User } from '@/payload-types'
import type { TransitionEvent } from '@/workflow/transition-event'

import type { PracticeForMail } from './practice-for-mail'

/** Someone a workflow mail goes to. */
export interface Recipient {
  id: number
  email: string
  name: string | null
  language: Locale
}

const asRecipient = (user: Pick<User, 'id' | 'email' | 'name' | 'language'>): Recipient => ({
  id: user.id,
  email: user.email,
  name: user.name ?? null,
  language: user.language ?? 'en',
})

/**
 * Who hears of a step (the contract of issue 12): a submission goes to the reviewers responsible for the practice's
 * country (a reviewer without countries is responsible for all; if none is, to every reviewer); changes requested and
 * publication go to the coordinator who submitted it. Nobody is told of their own step. Other steps mail nobody.
 *
 * Read without user context: accounts other than one's own are closed to every role but admins (users: read 'self'),
 * yet the actor's step must reach them; nothing read here is shown to the actor.
 */
export async function recipientsOf(payload: Payload, event: TransitionEvent, practice: PracticeForMail): Promise<Recipient[]> {
  const recipients =
    event.transition === 'submit'
      ? await reviewersFor(payload, practice.country)
      : event.transition === 'requestChanges' || event.transition === 'publish'
        ? await submitterOf(payload, practice)
        : []
  return recipients.filter((r) => r.id !== event.actorId)
}

async function reviewersFor(payload: Payload, country: string): Promise<Recipient[]> {
  // Reviewer accounts are a handful: one query, no page limit.
  const { docs } = await payload.find({
    collection: 'users',
    where: { roles: { in: ['reviewer'] } },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { email: true, name: true, language: true, countries: true },
  })
  const responsible = docs.filter((reviewer) => {
    const countries = countriesOf(reviewer)
    return countries.length === 0 || countries.includes(country)
  })
  return (responsible.length > 0 ? responsible : docs).map(asRecipient)
}

async function submitterOf(payload: Payload, practice: PracticeForMail): Promise<Recipient[]> {
  if (practice.submittedBy == null) return []
  const user = await payload.findByID({ collection: 'users', id: practice.submittedBy, depth: 0, overrideAccess: true, disableErrors: true })
  return user ? [asRecipient(user)] : []
}
