// GET /api/v1/export?format=jsonl|csv: the caller's whole collection, streamed.
import { Hono } from 'hono';
import { stream } from 'hono/streaming';
import { z } from 'zod';
import { exportLines } from '../../export/format';
import type { Storage } from '../../storage/types';
import { type AppEnv, errorBody, issueList } from '../env';

const ExportQuery = z.object({ format: z.enum(['jsonl', 'csv']).default('jsonl') }).strict();

/** Export routes for the caller's collection. */
export function exportRoutes(storage: Storage): Hono<AppEnv> {
  return new Hono<AppEnv>().get('/', (c) => {
    const parsed = ExportQuery.safeParse(c.req.query());
    if (!parsed.success)
      return c.json(
        errorBody('BAD_REQUEST', 'invalid query parameters', issueList(parsed.error.issues)),
        400,
      );
    const { format } = parsed.data;
    c.header(
      'Content-Type',
      format === 'csv' ? 'text/csv; charset=utf-8' : 'application/x-ndjson; charset=utf-8',
    );
    c.header('Content-Disposition', `attachment; filename="readouts.${format}"`);
    const userId = c.get('identity')!.userId;
    return stream(c, async (out) => {
      for await (const line of exportLines(storage, userId, format)) await out.write(line);
    });
  });
}
