/** The import door explains a bad file in the importer's admin language (Payload's language cookie): en, nl, fr, de. */
import { expect, inject, it } from 'vitest'

import { signedInBeforeAll } from '../support/http'

const baseURL = inject('baseURL')
const admin = signedInBeforeAll(baseURL, 'admin@example.org')

it.each([
  ['en', 'yes or no', 'a two-letter ISO country code such as BE'],
  ['nl', 'ja of nee', 'een landcode van twee letters (ISO), zoals BE'],
  ['fr', 'oui ou non', 'un code pays ISO à deux lettres, comme BE'],
  ['de', 'ja oder nein', 'ein zweibuchstabiger ISO-Ländercode wie BE'],
])('says in %s what each cell should hold', async (language, yesOrNo, countryCode) => {
  const csv = 'slug,title,country,originalLanguage,anonymous\nbad-cells,A title,be,nl,maybe\n'
  const { status, json } = await admin().rest('POST', '/api/practices/import?name=bad.csv&dryRun=1', csv, { cookie: `payload-lng=${language}` })
  expect(status).toBe(422)
  expect(json.problems.map((p: { column: string; expected: string }) => `${p.column}: ${p.expected}`)).toEqual([`anonymous: ${yesOrNo}`, `country: ${countryCode}`])
})
