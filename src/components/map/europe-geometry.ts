/**
 * The shapes of the map of Europe, projected once per process on the server: Natural Earth's 1:50m
 * countries (world-atlas), in a Lambert azimuthal equal-area projection centred on Europe (as EPSG:3035),
 * fitted to the inventory's countries and clipped to that frame, so that overseas territories fall outside.
 * Coordinates are rounded to whole units (about a pixel on a desktop) and points closer than MIN_STEP
 * dropped, which keeps the SVG small enough for a phone.
 */
import 'server-only'

import { geoAzimuthalEqualArea, geoPath } from 'd3-geo'
import type { Feature, FeatureCollection, Geometry } from 'geojson'
import { feature } from 'topojson-client'
import type { GeometryCollection, Topology } from 'topojson-specification'
import atlas from 'world-atlas/countries-50m.json'

/** The map's width in SVG units; the height follows from the projection. */
export const MAP_WIDTH = 800
/** Points of a ring closer than this (in SVG units) to the last one kept are dropped; coarser for the context. */
const MIN_STEP = 1.5
const CONTEXT_STEP = 3
/** Countries whose shape covers fewer square units than this get a marker, so they can be seen and clicked. */
const MARKER_AREA = 40

/** ISO 3166-1 numeric codes (world-atlas's ids) of the alpha-2 codes the inventory uses. */
const numericOf: Record<string, string> = {
  AL: '008', AT: '040', BA: '070', BE: '056', BG: '100', CY: '196', CZ: '203', DE: '276', DK: '208', EE: '233',
  ES: '724', FI: '246', FR: '250', GB: '826', GE: '268', GR: '300', HR: '191', HU: '348', IE: '372', IS: '352',
  IT: '380', LI: '438', LT: '440', LU: '442', LV: '428', MD: '498', ME: '499', MK: '807', MT: '470', NL: '528',
  NO: '578', PL: '616', PT: '620', RO: '642', RS: '688', SE: '752', SI: '705', SK: '703', TR: '792', UA: '804',
}
/**
 * Shapes Natural Earth gives no ISO code, found by name: Kosovo, and the north of Cyprus, drawn as part of
 * Cyprus as the EU counts it.
 */
const namedShapes: [code: string, name: string][] = [['XK', 'Kosovo'], ['CY', 'N. Cyprus']]

/** Corners of the inventory's countries, mainland and near islands (Iceland, Cyprus, Crete, the North Cape, Georgia). */
const frame: Geometry = {
  type: 'MultiPoint',
  coordinates: [
    [-24.5, 66.5], [-10.5, 51.5], [-9.5, 36.9], [24.5, 34.8], [34.6, 34.6], [46.7, 41.5], [45, 43.5], [31, 71.2], [16, 69.5],
  ],
}

export interface CountryShape {
  /** the SVG path, empty when the shape lies entirely outside the frame */
  d: string
  /** where to draw a marker for a country too small to see */
  marker?: { x: number; y: number }
}

export interface EuropeGeometry {
  width: number
  height: number
  /** every country not in the inventory's list, as one path */
  context: string
  shapes: ReadonlyMap<string, CountryShape>
}

/** A d3 path context that writes whole-unit coordinates and thins out points closer than `step`. */
class CompactPath {
  private parts: string[] = []
  private ring: [number, number][] = []

  constructor(private readonly step: number) {}

  moveTo(x: number, y: number) {
    this.flush()
    this.ring = [[x, y]]
  }

  lineTo(x: number, y: number) {
    const [lx, ly] = this.ring[this.ring.length - 1]!
    if (Math.hypot(x - lx, y - ly) >= this.step) this.ring.push([x, y])
  }

  closePath() {
    this.flush()
  }

  arc() {}

  private flush() {
    if (this.ring.length >= 3) this.parts.push(`M${this.ring.map(([x, y]) => `${Math.round(x)},${Math.round(y)}`).join('L')}Z`)
    this.ring = []
  }

  toString() {
    this.flush()
    return this.parts.join('')
  }
}

function build(): EuropeGeometry {
  const topology = atlas as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>
  const countries = (feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>).features
  const projection = geoAzimuthalEqualArea().rotate([-10, -52]).fitWidth(MAP_WIDTH - 8, frame)
  const [[, top], [, bottom]] = geoPath(projection).bounds(frame)
  const height = Math.ceil(bottom - top + 8)
  projection.translate([projection.translate()[0] + 4, projection.translate()[1] - top + 4]).clipExtent([[0, 0], [MAP_WIDTH, height]])
  const draw = (shape: Feature, step = MIN_STEP) => {
    const context = new CompactPath(step)
    geoPath(projection, context as unknown as CanvasRenderingContext2D)(shape)
    return context.toString()
  }
  const area = geoPath(projection)
  const codeOf = new Map<Feature, string>()
  for (const [code, id] of Object.entries(numericOf)) {
    const found = countries.find((c) => String(c.id) === id)
    if (found) codeOf.set(found, code)
  }
  for (const [code, name] of namedShapes) {
    const found = countries.find((c) => c.properties.name === name)
    if (found) codeOf.set(found, code)
  }
  const shapes = new Map<string, CountryShape>()
  const context: string[] = []
  for (const country of countries) {
    const code = codeOf.get(country)
    if (!code) {
      context.push(draw(country, CONTEXT_STEP))
      continue
    }
    const known = shapes.get(code)
    if (known) {
      known.d += draw(country)
      continue
    }
    const small = area.area(country) < MARKER_AREA
    const [x, y] = area.centroid(country)
    shapes.set(code, { d: draw(country), marker: small ? { x: Math.round(x), y: Math.round(y) } : undefined })
  }
  return { width: MAP_WIDTH, height, context: context.join(''), shapes }
}

let geometry: EuropeGeometry | undefined

/** The projected shapes, computed on first use. */
export function europeGeometry(): EuropeGeometry {
  geometry ??= build()
  return geometry
}
