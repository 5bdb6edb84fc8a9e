import { closedRounds, type ClosedRound } from '@/data/round-snapshot'
import { anonymousViewer } from '@/data/viewer'
import { dataLicence } from '@/exchange/licence'
import { publicOrigin } from '@/exchange/public-origin'

export const dynamic = 'force-dynamic'

const formats = [
  { format: 'csv', mediaType: 'text/csv', fileType: 'CSV' },
  { format: 'json', mediaType: 'application/json', fileType: 'JSON' },
] as const

/**
 * The dataset described in DCAT-AP (JSON-LD), so data portals can harvest it: the current published practices,
 * and each closed round's snapshot, in CSV and JSON.
 */
export async function GET(request: Request) {
  const origin = publicOrigin(request)
  const modified = new Date().toISOString().slice(0, 10)
  const distribution = ({ format, mediaType, fileType }: (typeof formats)[number], round?: ClosedRound) => {
    const url = `${origin}/api/open-data/practices.${format}${round ? `?round=${encodeURIComponent(round.name)}` : ''}`
    return {
      '@id': url,
      '@type': 'dcat:Distribution',
      'dct:title': { '@language': 'en', '@value': `${round ? `Practices as published when round ${round.name} closed` : 'Published practices'} (${fileType})` },
      ...(round ? { 'dct:issued': round.closedAt.slice(0, 10) } : {}),
      'dcat:accessURL': { '@id': url },
      'dcat:downloadURL': { '@id': url },
      'dcat:mediaType': { '@id': `http://www.iana.org/assignments/media-types/${mediaType}` },
      'dct:format': { '@id': `http://publications.europa.eu/resource/authority/file-type/${fileType}` },
      'dct:license': { '@id': dataLicence.url },
    }
  }
  const snapshots = await closedRounds(anonymousViewer)
  const catalog = {
    '@context': {
      dcat: 'http://www.w3.org/ns/dcat#',
      dct: 'http://purl.org/dc/terms/',
      foaf: 'http://xmlns.com/foaf/0.1/',
      vcard: 'http://www.w3.org/2006/vcard/ns#',
    },
    '@id': `${origin}/api/open-data/catalog.jsonld`,
    '@type': 'dcat:Catalog',
    'dct:title': { '@language': 'en', '@value': 'Guidance Atlas open data' },
    'dct:description': { '@language': 'en', '@value': 'Open data of the Guidance Atlas inventory of lifelong-guidance practices in Europe.' },
    'dct:publisher': { '@type': 'foaf:Agent', 'foaf:name': 'Guidance Atlas' },
    'foaf:homepage': { '@id': `${origin}/en` },
    'dct:language': { '@id': 'http://publications.europa.eu/resource/authority/language/ENG' },
    'dct:modified': modified,
    'dcat:dataset': {
      '@id': `${origin}/api/open-data/practices`,
      '@type': 'dcat:Dataset',
      'dct:title': [
        { '@language': 'en', '@value': 'Lifelong-guidance practices in Europe' },
        { '@language': 'nl', '@value': 'Praktijken van levenslange begeleiding in Europa' },
        { '@language': 'fr', '@value': 'Pratiques d’orientation tout au long de la vie en Europe' },
        { '@language': 'de', '@value': 'Praxisbeispiele lebensbegleitender Beratung in Europa' },
      ],
      'dct:description': {
        '@language': 'en',
        '@value': 'Published records of guidance practices mapped with the ICT/LMI framework for design and mapping existing career guidance services: themes, policy focus, ICT function, audiences, access, features, funding, barriers, evaluation, results with their figures and sources.',
      },
      'dcat:keyword': ['lifelong guidance', 'career guidance', 'ICT', 'labour market information', 'Euroguidance'],
      'dcat:theme': { '@id': 'http://publications.europa.eu/resource/authority/data-theme/EDUC' },
      'dct:license': { '@id': dataLicence.url },
      'dct:accessRights': { '@id': 'http://publications.europa.eu/resource/authority/access-right/PUBLIC' },
      'dct:modified': modified,
      'dcat:contactPoint': { '@type': 'vcard:Organization', 'vcard:fn': 'Guidance Atlas', 'vcard:hasURL': { '@id': `${origin}/en` } },
      'dcat:distribution': [...formats.map((f) => distribution(f)), ...snapshots.flatMap((round) => formats.map((f) => distribution(f, round)))],
    },
  }
  return new Response(JSON.stringify(catalog, null, 2), { headers: { 'Content-Type': 'application/ld+json; charset=utf-8' } })
}
