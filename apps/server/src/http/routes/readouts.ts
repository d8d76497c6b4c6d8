// GET /api/v1/readouts (filtered, paged listing) and GET /api/v1/readouts/{id}.
import { cleanText } from '@readouts/schema';
import { Hono } from 'hono';
import { InvalidCursorError } from '../../query/cursor';
import { ReadoutQueryParams } from '../../query/params';
import type { Storage } from '../../storage/types';
import { type AppEnv, errorBody, issueList } from '../env';

/** Routes over the caller's own readouts; another user's readout is indistinguishable from a missing one. */
export function readoutRoutes(storage: Storage): Hono<AppEnv> {
  return new Hono<AppEnv>()
    .get('/', async (c) => {
      const parsed = ReadoutQueryParams.safeParse(c.req.query());
      if (!parsed.success) {
        return c.json(
          errorBody('BAD_REQUEST', 'invalid query parameters', issueList(parsed.error.issues)),
          400,
        );
      }
      try {
        return c.json(await storage.listReadouts(c.get('identity')!.userId, parsed.data));
      } catch (error) {
        if (error instanceof InvalidCursorError) return c.json(errorBody('BAD_REQUEST', error.message), 400);
        throw error;
      }
    })
    .get('/:id', async (c) => {
      // Stored ids went through the same cleaning, so a NUL in the path finds what it would have stored.
      const id = cleanText(c.req.param('id'));
      const record = id.length <= 200 ? await storage.getRecord(c.get('identity')!.userId, id) : null;
      if (!record?.readout) return c.json(errorBody('NOT_FOUND', `no readout ${id}`), 404);
      return c.json(record.readout);
    });
}
