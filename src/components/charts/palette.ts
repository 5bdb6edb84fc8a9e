/**
 * Series colours: the Okabe–Ito palette (distinguishable with the common colour-vision deficiencies),
 * keeping only the colours with at least 3:1 contrast against white (WCAG 1.4.11): blue 5.2:1,
 * vermillion 3.9:1, bluish green 3.4:1, reddish purple 3.1:1, black 21:1. Colour is never the only cue:
 * every series after the first also has a fill pattern (SeriesPattern) and every bar its value label.
 */
export const seriesColours = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#000000'] as const

export const seriesColour = (index: number): string => seriesColours[index % seriesColours.length]!

/** Text, axes and grid inside charts: the site's --ink, --muted and --line; the band behind the active label. */
export const chartInk = '#1a202c'
export const chartMuted = '#4a5568'
export const chartGrid = '#cbd5e0'
export const chartHighlight = '#edf2f7'
export const chartFontSize = 13

/**
 * Shades of a heat map, lightest (zero) first, each with the text colour that keeps at least 4.5:1 contrast
 * on it (ink 16.3, 14.1, 11.4 and 8.0:1; white 5.3 and 8.5:1). Every cell also states its number.
 */
export const heatShades = [
  { background: '#ffffff', text: chartInk },
  { background: '#e6f0f8', text: chartInk },
  { background: '#c2dbef', text: chartInk },
  { background: '#8dbbe0', text: chartInk },
  { background: '#1f6fae', text: '#ffffff' },
  { background: '#0b4f85', text: '#ffffff' },
] as const

/** The shade of `value` on a scale up to `max`: 0 for zero, else 1 to the darkest in equal steps. */
export const heatLevel = (value: number, max: number) => (value <= 0 || max <= 0 ? 0 : Math.max(1, Math.ceil((value / max) * (heatShades.length - 1))))
