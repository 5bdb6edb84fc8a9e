/** The OpenAPI description of the open-data and import endpoints; the practice schema is derived from the zod schema. */
import { z } from 'zod'

import { facets } from '@/data/catalogue-facets'
import { sorts } from '@/url-state/catalogue-query'
import { practiceInputSchema } from '@/framework/practice-schema'
import { dataLicence } from './licence'
import { MAX_ROUND_NAME, ROUND_NAME_PATTERN } from '@/rounds/round-name'

export function openApiDocument(origin: string) {
  const filterParameters = [
    { name: 'locale', in: 'query', description: 'Language of labels (CSV) and search: en, nl, fr or de.', schema: { type: 'string', enum: ['en', 'nl', 'fr', 'de'], default: 'en' } },
    { name: 'q', in: 'query', description: 'Full-text search, as in the catalogue.', schema: { type: 'string' } },
    ...facets.map((facet) => ({
      name: facet.param,
      in: 'query',
      description: `Catalogue filter "${facet.label.en}"; repeat the parameter for several values (any of them matches).`,
      schema: { type: 'array', items: facet.kind === 'country' ? { type: 'string', pattern: '^[A-Z]{2}$' } : { type: 'string', enum: facet.options.map((o) => o.key) } },
      style: 'form',
      explode: true,
    })),
    { name: 'sort', in: 'query', schema: { type: 'string', enum: [...sorts] } },
    {
      name: 'round',
      in: 'query',
      description:
        'Name of a closed update round: the records as they were published when that round closed, read from their versions (the whole snapshot: give no text or filters with it). The DCAT description lists the closed rounds.',
      schema: { type: 'string', maxLength: MAX_ROUND_NAME, pattern: ROUND_NAME_PATTERN.source },
    },
  ]
  const refusals = {
    400: { description: 'A malformed round name, or text or filters given with a round' },
    404: { description: 'No closed round of that name (unknown, or still open)' },
    429: { description: 'Too many open-data requests from this client; try again after Retry-After seconds' },
  }
  const practice = z.toJSONSchema(practiceInputSchema, { unrepresentable: 'any', io: 'output' })
  return {
    openapi: '3.1.0',
    info: {
      title: 'Guidance Atlas open data and import API',
      version: '1.0.0',
      description: `Published practices as open data (${dataLicence.name}) and the practice import. Collections are also served by Payload's REST API at /api/{collection} and GraphQL at /api/graphql, under the same roles.`,
      license: { name: dataLicence.name, url: dataLicence.url },
    },
    servers: [{ url: origin }],
    components: {
      schemas: { Practice: practice },
      securitySchemes: {
        apiKey: { type: 'apiKey', in: 'header', name: 'Authorization', description: 'users API-Key <key> (enable the key on your user in the admin)' },
        jwt: { type: 'http', scheme: 'bearer', description: 'Authorization: JWT <token> from POST /api/users/login' },
      },
    },
    paths: {
      '/api/open-data/practices.json': {
        get: {
          summary: 'Published practices as JSON, filtered like the catalogue, or a closed round\'s snapshot; streamed, gzip-compressed when accepted',
          parameters: filterParameters,
          responses: {
            200: {
              description: 'The practices with licence and generation date',
              content: {
                'application/json': {
                  schema: {
                    type: 'object',
                    properties: {
                      licence: { type: 'object' },
                      generatedAt: { type: 'string', format: 'date-time' },
                      round: { type: 'object', description: 'With ?round=: the snapshot\'s round', properties: { name: { type: 'string' }, closedAt: { type: 'string', format: 'date-time' } } },
                      count: { type: 'integer' },
                      practices: { type: 'array', items: { $ref: '#/components/schemas/Practice' } },
                    },
                  },
                },
              },
            },
            ...refusals,
          },
        },
      },
      '/api/open-data/practices.csv': {
        get: {
          summary: 'Published practices as CSV (UTF-8 with BOM), one column per framework element in a stable order, or a closed round\'s snapshot; streamed, gzip-compressed when accepted',
          parameters: filterParameters,
          responses: {
            200: { description: 'CSV; option values as labels in the requested locale; formula-like cells prefixed with an apostrophe', content: { 'text/csv': {} } },
            ...refusals,
          },
        },
      },
      '/api/open-data/catalog.jsonld': { get: { summary: 'DCAT-AP description of the dataset', responses: { 200: { description: 'JSON-LD', content: { 'application/ld+json': {} } } } } },
      '/api/open-data/template.csv': { get: { summary: 'Empty import template: the header row', responses: { 200: { description: 'CSV', content: { 'text/csv': {} } } } } },
      '/api/open-data/example.csv': { get: { summary: 'Import example: the demo practices', responses: { 200: { description: 'CSV', content: { 'text/csv': {} } } } } },
      '/api/open-data/openapi.json': { get: { summary: 'This document', responses: { 200: { description: 'OpenAPI 3.1' } } } },
      '/api/practices/import': {
        post: {
          summary: 'Import practices from a CSV or JSON file (all rows or none)',
          security: [{ apiKey: [] }, { jwt: [] }],
          parameters: [
            { name: 'name', in: 'query', required: true, description: 'File name; .json is read as JSON, anything else as CSV', schema: { type: 'string' } },
            { name: 'dryRun', in: 'query', description: 'Check only, write nothing', schema: { type: 'boolean' } },
            { name: 'publish', in: 'query', description: 'Publish (reviewers and admins)', schema: { type: 'boolean' } },
          ],
          requestBody: { required: true, content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } } },
          responses: {
            200: { description: 'Report: created, updated and unchanged slugs' },
            401: { description: 'Not signed in' },
            422: { description: 'Report listing every problem by row and column; nothing was written' },
            500: { description: 'Unexpected failure: a message with an error id (the details are in the server log); nothing was written' },
          },
        },
      },
    },
  }
}
