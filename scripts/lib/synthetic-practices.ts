/**
 * Synthetic practices for load tests, written straight into Payload's tables in a
 * few set-based INSERTs (the Local API would take hours for 100,000 records).
 * Every record is published, marked `synthetic`, has an English text (a third
 * also Dutch), varied countries, themes, audiences, ICT functions, channels,
 * languages, policy stages and 0–3 indicators. They carry no version history, so
 * they show on the public site and in the APIs but not in the admin's list.
 * Choices are a deterministic hash of the record id: the same count gives the same data.
 */
import type pg from 'pg'

import { fieldByKey, type Option } from '@/framework'
import { initialMetrics } from '@/framework/metric-vocabulary'
import { modalityOptions } from '@/framework/record'
import { facets } from '@/data/catalogue-facets'
import { countrySeeds } from '../../seed/countries'

const optionKeys = (options: readonly Option[]) => options.map((o) => o.key)

/** hash(id, salt) in 0..99: the dice of this generator. */
const dice = (id: string, salt: string) => `(abs(hashtext(${id}::text || '${salt}')) % 100)`

/** How likely each option of a mask facet is chosen (percent), by mask column; others take the default. */
const chances: Record<string, number> = { audiences_mask: 22, ict_functions_mask: 35, languages_mask: 4 }
const DEFAULT_CHANCE = 30

/** The multi-valued facets (from the registry), their select tables and how likely each option is chosen. */
const multiValued = facets.flatMap((f) =>
  f.kind === 'mask'
    ? [{ table: f.table, mask: f.column, wide: f.wide, options: () => optionKeys(f.options), chance: chances[f.column] ?? DEFAULT_CHANCE }]
    : [],
)

/** The chosen options of one facet as the bit set the catalogue counts (bit i = option i). */
const chosenMask = (facet: (typeof multiValued)[number]) =>
  `(SELECT coalesce(bit_or(1::bigint << (k - 1)), 0) FROM generate_series(1, ${facet.options().length}) k
     WHERE abs(hashtext(g::text || '${facet.mask}' || k)) % 100 < ${facet.chance})::${facet.wide ? 'bigint' : 'int'}`

const words = {
  what: ['Chat service', 'Helpdesk', 'Career portal', 'Guidance app', 'Referral flow', 'Online self-assessment', 'Video counselling', 'Job-matching tool', 'Skills passport', 'Outreach programme'],
  whom: ['pupils', 'adult learners', 'jobseekers', 'young people at risk', 'parents', 'school staff', 'migrants', 'employers', 'students', 'older workers'],
  where: ['in the capital region', 'in rural areas', 'nationwide', 'in vocational schools', 'in public employment services', 'in youth centres'],
}

export async function insertSyntheticPractices(client: pg.Client | pg.PoolClient, count: number): Promise<number> {
  const batch = `synthetic-${Date.now().toString(36)}`
  await client.query('BEGIN')
  try {
    const countries = countrySeeds.map((c) => c.code)
    const stages = optionKeys(fieldByKey('policyStage').options)
    const { rowCount } = await client.query(
      `INSERT INTO practices (slug, country_id, original_language, launch_date, lifecycle, modality, policy_stage, anonymous, synthetic, _status, workflow_state, updated_at, created_at,
         ${multiValued.map((f) => f.mask).join(', ')})
       SELECT $1 || '-' || g, ($2::text[])[1 + ${dice('g', 'c')} % cardinality($2::text[])],
              'en', now() - (${dice('g', 'l')} * 40) * interval '1 day',
              (ARRAY['active','active','active','pilot','ended'])[1 + ${dice('g', 's')} % 5]::enum_practices_lifecycle,
              ($3::text[])[1 + ${dice('g', 'm')} % cardinality($3::text[])]::enum_practices_modality,
              ($4::text[])[1 + ${dice('g', 'p')} % cardinality($4::text[])]::enum_practices_policy_stage,
              ${dice('g', 'a')} < 40, true, 'published', 'published',
              now() - (${dice('g', 'u')} * 9 + g % 9) * interval '1 day', now() - (${dice('g', 'u')} * 9) * interval '1 day',
              ${multiValued.map(chosenMask).join(',\n              ')}
       FROM generate_series(1, $5::int) g`,
      [batch, countries, optionKeys(modalityOptions), stages, count],
    )
    const inBatch = `FROM practices p WHERE p.slug LIKE '${batch}-%'`
    await client.query(
      `INSERT INTO practices_locales (title, summary, description, _locale, _parent_id)
       SELECT t.title, t.summary,
              jsonb_build_object('root', jsonb_build_object('type', 'root', 'format', '', 'indent', 0, 'version', 1, 'direction', 'ltr',
                'children', jsonb_build_array(jsonb_build_object('type', 'paragraph', 'format', '', 'indent', 0, 'version', 1, 'direction', 'ltr',
                  'textFormat', 0, 'textStyle', '', 'children', jsonb_build_array(jsonb_build_object('type', 'text', 'text', t.summary || ' Synthetic record for load testing.',
                  'format', 0, 'detail', 0, 'mode', 'normal', 'style', '', 'version', 1)))))),
              'en', p.id
       ${inBatch.replace('FROM practices p', `FROM practices p CROSS JOIN LATERAL (SELECT
            ($1::text[])[1 + ${dice('p.id', 'w')} % cardinality($1::text[])] || ' for ' || ($2::text[])[1 + ${dice('p.id', 'h')} % cardinality($2::text[])] || ' #' || p.id AS title,
            'A ' || lower(($1::text[])[1 + ${dice('p.id', 'w')} % cardinality($1::text[])]) || ' for ' || ($2::text[])[1 + ${dice('p.id', 'h')} % cardinality($2::text[])] || ' ' || ($3::text[])[1 + ${dice('p.id', 'r')} % cardinality($3::text[])] || '.' AS summary) t`)}`,
      [words.what, words.whom, words.where],
    )
    await client.query(
      `INSERT INTO practices_locales (title, summary, _locale, _parent_id)
       SELECT 'Praktijk ' || p.id || ': ' || l.title, 'Synthetische praktijk voor belastingtests.', 'nl', p.id
       FROM practices p JOIN practices_locales l ON l._parent_id = p.id AND l._locale = 'en'
       WHERE p.slug LIKE '${batch}-%' AND ${dice('p.id', 'nl')} < 33`,
    )
    // The select rows follow the masks written above; the mask triggers would only rewrite every row again.
    for (const facet of multiValued) {
      await client.query(`ALTER TABLE ${facet.table} DISABLE TRIGGER USER`)
      await client.query(
        `INSERT INTO ${facet.table} ("order", parent_id, value)
         SELECT row_number() OVER (PARTITION BY p.id ORDER BY o.k), p.id, o.v::enum_${facet.table}
         ${inBatch.replace('FROM practices p', 'FROM practices p CROSS JOIN unnest($1::text[]) WITH ORDINALITY o(v, k)')}
           AND (p.${facet.mask}::bigint & (1::bigint << (o.k - 1)::int)) <> 0`,
        [facet.options()],
      )
      await client.query(`ALTER TABLE ${facet.table} ENABLE TRIGGER USER`)
    }
    await client.query(
      `INSERT INTO practices_sources (_order, _parent_id, id, key, title) SELECT 1, p.id, 'syn-src-' || p.id, 'synthetic', 'Synthetic data for load testing' ${inBatch}`,
    )
    await client.query(
      `INSERT INTO practices_indicators (_order, _parent_id, id, metric, period, value, unit, source)
       SELECT n, p.id, 'syn-ind-' || p.id || '-' || n,
              ($1::text[])[1 + ${dice("p.id || n", 'me')} % cardinality($1::text[])],
              (2014 + ${dice("p.id || n", 'pe')} % 10)::text, 10 + ${dice("p.id || n", 'va')} * 37,
              ($2::text[])[1 + ${dice("p.id || n", 'me')} % cardinality($2::text[])]::enum_practices_indicators_unit, 'synthetic'
       ${inBatch.replace('FROM practices p', 'FROM practices p CROSS JOIN generate_series(1, 3) n')} AND n <= ${dice('p.id', 'ni')} % 4`,
      // A metric of the initial vocabulary (which the metrics migration writes), in its own unit.
      [initialMetrics.map((m) => m.key), initialMetrics.map((m) => m.unit)],
    )
    await client.query('COMMIT')
    return rowCount ?? 0
  } catch (error) {
    await client.query('ROLLBACK')
    throw error
  }
}

/** Deletes every synthetic practice and its rows (child tables cascade from practices). */
export async function removeSyntheticPractices(client: pg.Client | pg.PoolClient): Promise<number> {
  const { rowCount } = await client.query('DELETE FROM practices WHERE synthetic')
  return rowCount ?? 0
}
