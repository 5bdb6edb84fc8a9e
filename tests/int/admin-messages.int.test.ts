/**
 * What the admin answers a user whose admin language is Dutch, through the Local API with that user's rights:
 * the missing required fields of a draft named by their Dutch labels, a foreign country refused with the reason,
 * and a slug's format explained in Dutch.
 */
import { createLocalReq, getLocalI18n, type Payload, type PayloadRequest } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { demoUser, payloadForTests, type TestUser } from '../support/payload'

let payload: Payload
let users: Record<'coordinator.nl' | 'coordinator.be' | 'reviewer', TestUser>

beforeAll(async () => {
  payload = await payloadForTests()
  users = {
    'coordinator.nl': await demoUser(payload, 'coordinator.nl@example.org'),
    'coordinator.be': await demoUser(payload, 'coordinator.be@example.org'),
    reviewer: await demoUser(payload, 'reviewer@example.org'),
  }
})
afterAll(async () => payload?.destroy())

/** A request of `user` whose admin language is Dutch, as Payload builds it from the language cookie. */
const dutchRequest = async (user: TestUser): Promise<PayloadRequest> => {
  const i18n = await getLocalI18n({ config: payload.config, language: 'nl' })
  return createLocalReq({ user, req: { i18n } as Partial<PayloadRequest> }, payload)
}

/** The error a write ends with: its message and the fields it names (path and message), or the write's result. */
const failure = async (write: () => Promise<unknown>) => {
  try {
    return { wrote: await write() }
  } catch (error) {
    const { message, status, data } = error as { message: string; status: number; data?: { errors?: { path: string; message: string }[] } }
    return { message, status, fields: (data?.errors ?? []).map((e) => [e.path, e.message]) }
  }
}

describe('a Dutch coordinator in a Dutch admin', () => {
  it('saving an empty draft hears which fields are missing: Titel and Land, each marked by its path', async () => {
    const user = users['coordinator.nl']
    const result = await failure(async () =>
      payload.create({ collection: 'practices', data: {}, draft: true, overrideAccess: false, user, req: await dutchRequest(user) }),
    )
    expect(result).toEqual({
      message: 'De volgende velden zijn ongeldig: Titel, Land',
      status: 400,
      fields: [
        ['title', 'Dit veld is verplicht.'],
        ['country', 'Dit veld is verplicht.'],
      ],
    })
  })

  it('filing a practice under Belgium is refused with the reason, in Dutch', async () => {
    const user = users['coordinator.nl']
    const result = await failure(async () =>
      payload.create({ collection: 'practices', data: { title: 'Belgisch?', country: 'BE', originalLanguage: 'nl' }, draft: true, overrideAccess: false, user, req: await dutchRequest(user) }),
    )
    expect(result).toEqual({ status: 403, message: 'Je kunt praktijken alleen onder je eigen landen opslaan (NL).', fields: [] })
  })

  it('a malformed slug is refused in Dutch, the field named with its tab, already in a draft', async () => {
    const coordinator = users['coordinator.nl']
    const result = await failure(async () =>
      payload.create({
        collection: 'practices',
        data: { title: 'Slug test', slug: 'Geen Slug', country: 'NL', originalLanguage: 'nl' },
        draft: true,
        overrideAccess: false,
        user: coordinator,
        req: await dutchRequest(coordinator),
      }),
    )
    expect(result).toEqual({
      message: 'Het volgende veld is ongeldig: Fiche > Slug',
      status: 400,
      fields: [['slug', 'Gebruik kleine letters, cijfers en enkele koppeltekens, bijv. clbchat.']],
    })
  })

  it('an indicator citing no source of the practice is named by its tab and labels, not by its path', async () => {
    const user = users['coordinator.nl']
    const indicator = { metric: 'contacts' as const, period: '2018', value: 12, unit: 'count' as const, source: 'folder-2018' }
    const result = await failure(async () =>
      payload.create({
        collection: 'practices',
        data: { title: 'Bron test', country: 'NL', originalLanguage: 'nl', indicators: [indicator] },
        draft: true,
        overrideAccess: false,
        user,
        req: await dutchRequest(user),
      }),
    )
    expect(result).toEqual({
      message: 'Het volgende veld is ongeldig: Belangrijkste resultaten > Gemeten resultaten 1 > Bron',
      status: 400,
      fields: [['indicators.0.source', 'Bron "folder-2018" hoort niet bij de bronnen van deze praktijk (nog geen).']],
    })
  })
})
