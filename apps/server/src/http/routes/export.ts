// GET /api/v1/export?format=jsonl|json|csv|csl|ris|bibtex|dyads: the caller's readouts that the
// listing's filters select (all of them without filters), streamed.
import { createRoute } from '@hono/zod-openapi';
import { stream } from 'hono/streaming';
import { EXPORT_WRITERS } from '../../export/formats';
import { exportLines } from '../../export/lines';
import { ExportQuery } from '../../openapi/params';
import { errors } from '../../openapi/responses';
import { apiRouter } from '../../openapi/validation';
import type { Storage } from '../../storage/types';

const mediaTypes = [...new Set(Object.values(EXPORT_WRITERS).map((w) => w.contentType.split(';')[0]!))];

const exportRoute = createRoute({
  method: 'get',
  path: '/export',
  operationId: 'exportReadouts',
  summary: 'Readouts as JSON Lines, JSON, CSV, CSL-JSON, RIS, BibTeX or dyads (streamed)',
  request: { query: ExportQuery },
  responses: {
    200: {
      description: 'The export, as an attachment',
      content: Object.fromEntries(mediaTypes.map((t) => [t, {}])),
    },
    ...errors(400, 'Invalid format or filter'),
  },
});

/** Export routes for the caller's collection. */
export function exportRoutes(storage: Storage) {
  return apiRouter().openapi(exportRoute, (c) => {
    const { format, meetingFormat, ...filters } = c.req.valid('query');
    const writer = EXPORT_WRITERS[format];
    c.header('Content-Type', writer.contentType);
    c.header('Content-Disposition', `attachment; filename="readouts.${writer.extension}"`);
    const userId = c.get('identity')!.userId;
    return stream(c, async (out) => {
      for await (const text of exportLines(storage, userId, format, {
        ...filters,
        ...(meetingFormat ? { format: meetingFormat } : {}),
      }))
        await out.write(text);
    });
  });
}
