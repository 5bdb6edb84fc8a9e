import type { PayloadRequest } from 'payload'
import { z } from 'zod'

import { Refusal } from '@/access/refusal'
import { requestLocale } from '@/i18n/request-locale'
import { translations } from '@/i18n/translations'
import type { User } from '@/payload-types'
import { recordId } from '@/url-state/record-id'
import type { Actor } from './round-step'

// A round step carries no data: the address names what it acts on.
const emptyBody = z.strictObject({})

/**
 * What a round-step endpoint (open, close, confirm) receives, checked: a signed-in user (401), a positive id in the
 * address (else 404 with `notFound`'s message) and no body or `{}` (400). The body's size is limited before it arrives
 * (src/security/request-guard.ts).
 */
export async function stepRequest(req: PayloadRequest, notFound: 'roundNotFound' | 'practiceNotFound'): Promise<{ id: number; user: Actor }> {
  const t = translations(requestLocale(req), 'rounds').errors
  if (!req.user) throw new Refusal(t.signIn, 401)
  const raw = String(req.routeParams?.id)
  const id = recordId(raw)
  if (id === null) throw new Refusal(t[notFound]({ id: raw }), 404)
  const text = (await req.text?.()) ?? ''
  if (text.trim() !== '') {
    let body: unknown
    try {
      body = JSON.parse(text)
    } catch {
      throw new Refusal(t.invalidBody, 400)
    }
    if (!emptyBody.safeParse(body).success) throw new Refusal(t.invalidBody, 400)
  }
  return { id, user: { ...(req.user as User), collection: 'users' as const } }
}
