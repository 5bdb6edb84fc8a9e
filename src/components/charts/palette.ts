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
