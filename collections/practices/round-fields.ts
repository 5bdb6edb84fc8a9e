import type { Field, FieldAccess } from 'payload'

import type { AccessUser } from '@/access/roles'
import { accessResult } from '@/access/where'
import { labelsOf } from '@/i18n/labels-of'
import { verifyStates } from '@/rounds/round-steps'

/** No client writes these fields, through any door: the round steps and the applyRoundVerification hook set them. */
const serverOnly: FieldAccess = () => false
const readRoundProgress: FieldAccess = ({ req }) => accessResult('roundProgress', 'read', req.user as AccessUser | null) === true

/**
 * Where a practice stands in the yearly update rounds (src/rounds). Not localized, and kept in every version, so that
 * a published version says when it was last verified. The document table (the published practice) holds the current
 * values; saves copy them into their version.
 */
export const roundFields: Field[] = [
  {
    name: 'verifyState',
    type: 'select',
    index: true,
    label: labelsOf('rounds.verifyState'),
    options: verifyStates.map((state) => ({ value: state, label: labelsOf(`rounds.verifyStates.${state}`) })),
    access: { read: readRoundProgress, create: serverOnly, update: serverOnly },
    admin: { position: 'sidebar', readOnly: true },
  },
  {
    name: 'verifyRound',
    type: 'relationship',
    relationTo: 'rounds',
    index: true,
    label: labelsOf('rounds.verifyRound'),
    access: { read: readRoundProgress, create: serverOnly, update: serverOnly },
    admin: { position: 'sidebar', readOnly: true },
  },
  {
    name: 'lastVerifiedAt',
    type: 'date',
    index: true,
    label: labelsOf('rounds.lastVerifiedAt'),
    access: { create: serverOnly, update: serverOnly },
    admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
  },
  {
    name: 'lastVerifiedRound',
    type: 'relationship',
    relationTo: 'rounds',
    label: labelsOf('rounds.lastVerifiedRound'),
    access: { create: serverOnly, update: serverOnly },
    admin: { position: 'sidebar', readOnly: true },
  },
]
