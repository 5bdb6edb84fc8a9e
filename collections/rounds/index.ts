import type { CollectionConfig, FieldAccess } from 'payload'

import { tableAccess } from '@/access/collection-access'
import type { AccessUser } from '@/access/roles'
import { accessResult } from '@/access/where'
import { validateFormat } from '@/framework/payload-validate'
import { collectionLabels } from '@/i18n/collection-labels'
import { labelsOf } from '@/i18n/labels-of'
import { storedRoundName } from '@/rounds/round-name'
// The inventory's country codes, as the countries collection is seeded with them.
import { countrySeeds } from '../../seed/countries'
import { closeRoundEndpoint, openRoundEndpoint } from './endpoints/round-steps'
import { keepStartedRounds, keepStartedRoundsFromDeletion } from './hooks/keep-started-rounds'

/** Set by the round's steps only (src/rounds): opening sets opensAt, closing closedAt. */
const serverOnly: FieldAccess = () => false
const readRoundProgress: FieldAccess = ({ req }) => accessResult('roundProgress', 'read', req.user as AccessUser | null) === true

/**
 * A yearly update round: an admin creates it (name, deadline, countries), opens it (every published practice in
 * scope is to be verified) and closes it (its snapshot is kept in round_versions). See src/rounds and README, "Rounds".
 */
export const Rounds: CollectionConfig = {
  slug: 'rounds',
  labels: collectionLabels('rounds.round', 'rounds.rounds'),
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'opensAt', 'deadline', 'closedAt'],
    components: { edit: { beforeDocumentControls: ['/src/admin/rounds/RoundActions#RoundActions'] } },
  },
  access: tableAccess('rounds'),
  endpoints: [openRoundEndpoint, closeRoundEndpoint],
  hooks: { beforeChange: [keepStartedRounds], beforeDelete: [keepStartedRoundsFromDeletion] },
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      unique: true,
      // Its closed snapshot is asked for by name (?round=), which the open-data request checks by the same rule.
      validate: validateFormat('roundName'),
      hooks: { beforeValidate: [({ value }) => storedRoundName(value)] },
      label: labelsOf('rounds.name'),
      admin: { description: labelsOf('rounds.nameHelp') },
    },
    {
      name: 'opensAt',
      type: 'date',
      label: labelsOf('rounds.opensAt'),
      access: { create: serverOnly, update: serverOnly },
      admin: { readOnly: true, description: labelsOf('rounds.opensAtHelp'), date: { pickerAppearance: 'dayAndTime' } },
    },
    { name: 'deadline', type: 'date', required: true, label: labelsOf('rounds.deadline'), admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'd MMM yyyy' } } },
    {
      name: 'closedAt',
      type: 'date',
      label: labelsOf('rounds.closedAt'),
      access: { create: serverOnly, update: serverOnly },
      admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'countries',
      type: 'select',
      hasMany: true,
      label: labelsOf('rounds.countries'),
      options: countrySeeds.map(({ code }) => code),
      access: { read: readRoundProgress },
      admin: { description: labelsOf('rounds.countriesHelp') },
    },
  ],
}
