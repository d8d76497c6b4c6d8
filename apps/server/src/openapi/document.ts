// The OpenAPI 3.1 description of the REST API; schemas come from the same zod definitions the
// routes validate with, so the document cannot drift from the code.
import { MAX_HISTORY } from '@readouts/api';
import { Readout } from '@readouts/schema';
import { z } from 'zod';
import { ReadoutPatch } from '../http/readout-patch';
import { MAX_PAGE_SIZE, SortOrder } from '../query/params';

const text = (description: string) => ({ type: 'string', description });
const queryParam = (name: string, schema: object, description: string) => ({
  name,
  in: 'query',
  required: false,
  schema,
  description,
});

const listParams = [
  queryParam(
    'q',
    { type: 'string', maxLength: 500 },
    'Full text (English words by prefix, Japanese by character bigrams).',
  ),
  queryParam(
    'country',
    { type: 'string', pattern: '^[A-Za-z]{2}$' },
    'ISO 3166-1 alpha-2 of a participant or the location.',
  ),
  queryParam('participant', { type: 'string' }, 'Part of a participant name or title (case-insensitive).'),
  queryParam(
    'format',
    { type: 'string', enum: ['meeting', 'summit', 'telephone', 'video', 'courtesy-call', 'meal', 'other'] },
    'Meeting format.',
  ),
  queryParam('lang', { type: 'string', enum: ['en', 'ja'] }, 'Page language.'),
  queryParam('from', { type: 'string', format: 'date' }, 'Meeting date on or after (YYYY-MM-DD).'),
  queryParam('to', { type: 'string', format: 'date' }, 'Meeting date on or before (YYYY-MM-DD).'),
  queryParam('topic', { type: 'string' }, 'Part of a topic (case-insensitive).'),
  queryParam('tag', { type: 'string' }, 'A tag the user set (exact).'),
  queryParam('sort', { type: 'string', enum: SortOrder.options, default: '-date' }, 'Order.'),
  queryParam('limit', { type: 'integer', minimum: 1, maximum: MAX_PAGE_SIZE, default: 50 }, 'Page size.'),
  queryParam('cursor', { type: 'string' }, 'The `nextCursor` of the previous page.'),
];

const errorResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
});
const common = {
  401: errorResponse('Missing, unknown or revoked token'),
  429: errorResponse('Rate limited; see Retry-After'),
};

/** A zod schema as JSON Schema, without the `$schema` key (OpenAPI sets the dialect). */
function jsonSchema(type: z.ZodType, io: 'input' | 'output'): Record<string, unknown> {
  const { $schema: _dialect, ...schema } = z.toJSONSchema(type, { target: 'draft-2020-12', io });
  return schema;
}

const idParam = { name: 'id', in: 'path', required: true, schema: { type: 'string' } };
const readoutResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Readout' } } },
});

/** Builds the OpenAPI document served at /api/v1/openapi.json. */
export function openApiDocument(): Record<string, unknown> {
  return {
    openapi: '3.1.0',
    info: {
      title: 'readouts API',
      version: '1.0.0',
      description: 'Query and edit your collection of MOFA meeting readouts.',
    },
    servers: [{ url: '/api/v1' }],
    security: [{ bearer: [] }],
    paths: {
      '/readouts': {
        get: {
          operationId: 'listReadouts',
          summary: 'List readouts, filtered and paged',
          parameters: listParams,
          responses: {
            200: {
              description: 'A page of readouts',
              content: { 'application/json': { schema: { $ref: '#/components/schemas/ReadoutPage' } } },
            },
            400: errorResponse('Invalid parameters'),
            ...common,
          },
        },
      },
      '/readouts/{id}': {
        get: {
          operationId: 'getReadout',
          summary: 'One readout',
          parameters: [idParam],
          responses: {
            200: readoutResponse('The readout'),
            404: errorResponse('No such readout in your collection'),
            ...common,
          },
        },
        patch: {
          operationId: 'editReadout',
          summary: 'Correct fields and set tags, note or star',
          description:
            'Fields to correct under the readout\'s own names (`{"date": "2018-08-18"}`; `null` reverts a ' +
            "correction to the page's value), and the user fields `tags` (the whole new list), `note` and " +
            "`starred`. Applied as sync mutations with the same merge rules as the extension's edits, so " +
            'every device gets the edit on its next sync. Answers the readout, whose `corrected` lists its ' +
            "corrected fields and `extracted` the page's values of them.",
          parameters: [idParam],
          requestBody: {
            required: true,
            content: { 'application/json': { schema: { $ref: '#/components/schemas/ReadoutPatch' } } },
          },
          responses: {
            200: readoutResponse('The readout after the edit'),
            400: errorResponse('Not JSON, no field, an unknown field, or a value the schema refuses'),
            404: errorResponse('No such readout in your collection'),
            ...common,
          },
        },
        delete: {
          operationId: 'deleteReadout',
          summary: 'Delete a readout (from every device on its next sync)',
          parameters: [idParam],
          responses: {
            204: { description: 'Deleted' },
            404: errorResponse('No such readout in your collection'),
            ...common,
          },
        },
      },
      '/readouts/{id}/history': {
        get: {
          operationId: 'readoutHistory',
          summary: 'What changed in a readout, when and from which device, newest first',
          parameters: [
            idParam,
            queryParam(
              'limit',
              { type: 'integer', minimum: 1, maximum: MAX_HISTORY, default: 100 },
              'Entries.',
            ),
          ],
          responses: {
            200: {
              description: 'The newest entries (a deleted readout keeps its history)',
              content: {
                'application/json': {
                  schema: {
                    type: 'object',
                    required: ['items'],
                    properties: {
                      items: { type: 'array', items: { $ref: '#/components/schemas/HistoryEntry' } },
                    },
                  },
                },
              },
            },
            400: errorResponse('Invalid parameters'),
            404: errorResponse('No such readout in your collection'),
            ...common,
          },
        },
      },
      '/stats': {
        get: {
          operationId: 'stats',
          summary: 'Counts by country, year and format',
          responses: {
            200: {
              description: 'Counts',
              content: { 'application/json': { schema: { $ref: '#/components/schemas/Stats' } } },
            },
            ...common,
          },
        },
      },
      '/export': {
        get: {
          operationId: 'exportReadouts',
          summary: 'The whole collection as JSON Lines or CSV (streamed)',
          parameters: [
            queryParam(
              'format',
              { type: 'string', enum: ['jsonl', 'csv'], default: 'jsonl' },
              'Output format.',
            ),
          ],
          responses: {
            200: { description: 'The export', content: { 'application/x-ndjson': {}, 'text/csv': {} } },
            400: errorResponse('Invalid format'),
            ...common,
          },
        },
      },
    },
    components: {
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', description: 'A device token from `readouts token add`.' },
      },
      schemas: {
        Readout: jsonSchema(Readout, 'output'),
        ReadoutPatch: jsonSchema(ReadoutPatch, 'input'),
        HistoryEntry: {
          type: 'object',
          required: ['seq', 'appliedAt', 'clientId', 'device', 'type', 'detail'],
          properties: {
            seq: { type: 'integer', description: 'The change sequence of the write that applied it.' },
            appliedAt: { type: 'string', format: 'date-time' },
            clientId: text('The client that pushed it (`rest-<token id>` for REST edits).'),
            device: { type: ['string', 'null'], description: 'The device name of its token.' },
            type: {
              type: 'string',
              enum: ['capture', 'correct', 'setTags', 'setNote', 'setStarred', 'delete', 'merge'],
            },
            detail: {
              type: 'object',
              description:
                'capture: `{extractorVersion, contentHash, capturedAt}`; correct: `{fields: {<field>: ' +
                '{before, after} | {reverted: true}}}` (`before` is the page value corrected); setTags: ' +
                '`{added, removed}`; setNote: `{length, excerpt}`; setStarred: `{starred}`; delete: `{}`.',
            },
          },
        },
        ReadoutPage: {
          type: 'object',
          required: ['items', 'nextCursor'],
          properties: {
            items: { type: 'array', items: { $ref: '#/components/schemas/Readout' } },
            nextCursor: { type: ['string', 'null'] },
          },
        },
        Stats: {
          type: 'object',
          properties: {
            total: { type: 'integer' },
            byCountry: { type: 'object', additionalProperties: { type: 'integer' } },
            byCounterpartCountry: { type: 'object', additionalProperties: { type: 'integer' } },
            byYear: { type: 'object', additionalProperties: { type: 'integer' } },
            byFormat: { type: 'object', additionalProperties: { type: 'integer' } },
          },
        },
        Error: {
          type: 'object',
          properties: {
            error: {
              type: 'object',
              properties: {
                code: text('Stable error code'),
                message: text('What went wrong'),
                issues: {
                  type: 'array',
                  items: {
                    type: 'object',
                    properties: { path: { type: 'string' }, message: { type: 'string' } },
                  },
                },
              },
            },
          },
        },
      },
    },
  };
}
