import { ValidationError, type CollectionBeforeChangeHook } from 'payload'

/** Every indicator must name one of the practice's sources, so each figure keeps its provenance. */
export const checkIndicatorSources: CollectionBeforeChangeHook = ({ data, req }) => {
  const keys = new Set<string>((data.sources ?? []).map((s: { key?: string }) => s?.key))
  const errors = ((data.indicators ?? []) as { source?: string }[])
    .map((indicator, index) => ({ indicator, index }))
    .filter(({ indicator }) => !keys.has(indicator.source ?? ''))
    .map(({ indicator, index }) => ({
      path: `indicators.${index}.source`,
      message: `Source "${indicator.source ?? ''}" is not among this practice's sources (${[...keys].join(', ') || 'none yet'}).`,
    }))
  if (errors.length > 0) throw new ValidationError({ collection: 'practices', errors, req })
  return data
}
