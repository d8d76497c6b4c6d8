// GET /api/v1/readouts (filtered, paged listing), GET, PATCH and DELETE /api/v1/readouts/{id}, and
// GET /api/v1/readouts/{id}/history. Edits go through sync mutations (see sync/edits.ts).
import { cleanText } from '@readouts/schema';
import { type Context, Hono } from 'hono';
import { InvalidCursorError } from '../../query/cursor';
import { ReadoutQueryParams } from '../../query/params';
import type { Storage } from '../../storage/types';
import { createReadoutEditor, type EditOutcome } from '../../sync/edits';
import { type AppEnv, errorBody, issueList } from '../env';
import { HistoryParams } from '../history-params';
import { ReadoutPatch } from '../readout-patch';

/** The readout id in the path, cleaned as stored ids were; null when longer than any id. */
function readoutIdOf(c: Context<AppEnv>): string | null {
  // Stored ids went through the same cleaning, so a NUL in the path finds what it would have stored.
  const id = cleanText(c.req.param('id') ?? '');
  return id.length >= 1 && id.length <= 200 ? id : null;
}

const notFound = (c: Context<AppEnv>, id: string | null) =>
  c.json(errorBody('NOT_FOUND', `no readout ${id ?? ''}`.trim()), 404);

/** An edit's outcome as a response; `applied` is answered by `onApplied`. */
function editResponse(c: Context<AppEnv>, id: string, outcome: EditOutcome, onApplied: () => Response) {
  switch (outcome.kind) {
    case 'notFound':
      return notFound(c, id);
    case 'refused':
      return c.json(errorBody('BAD_REQUEST', 'the edit was refused', outcome.issues), 400);
    case 'clientTaken':
      return c.json(
        errorBody('CONFLICT', `client id ${outcome.clientId} is in use by another device token`),
        409,
      );
    case 'applied':
      return onApplied();
  }
}

/** Routes over the caller's own readouts; another user's readout is indistinguishable from a missing one. */
export function readoutRoutes(storage: Storage): Hono<AppEnv> {
  const editor = createReadoutEditor(storage);
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
      const id = readoutIdOf(c);
      const record = id ? await storage.getRecord(c.get('identity')!.userId, id) : null;
      if (!record?.readout) return notFound(c, id);
      return c.json(record.readout);
    })
    .patch('/:id', async (c) => {
      const id = readoutIdOf(c);
      if (!id) return notFound(c, id);
      let body: unknown;
      try {
        body = await c.req.json();
      } catch {
        return c.json(errorBody('BAD_REQUEST', 'the body is not JSON'), 400);
      }
      const parsed = ReadoutPatch.safeParse(body);
      if (!parsed.success) {
        return c.json(errorBody('BAD_REQUEST', 'invalid edit', issueList(parsed.error.issues)), 400);
      }
      const outcome = await editor.patch(c.get('identity')!, id, parsed.data);
      return editResponse(c, id, outcome, () =>
        outcome.kind === 'applied' && outcome.readout ? c.json(outcome.readout) : notFound(c, id),
      );
    })
    .delete('/:id', async (c) => {
      const id = readoutIdOf(c);
      if (!id) return notFound(c, id);
      const outcome = await editor.remove(c.get('identity')!, id);
      return editResponse(c, id, outcome, () => c.body(null, 204));
    })
    .get('/:id/history', async (c) => {
      const id = readoutIdOf(c);
      const params = HistoryParams.safeParse(c.req.query());
      if (!params.success) {
        return c.json(
          errorBody('BAD_REQUEST', 'invalid query parameters', issueList(params.error.issues)),
          400,
        );
      }
      const userId = c.get('identity')!.userId;
      // A deleted readout keeps its history; one never stored has none to show.
      if (!id || !(await storage.getRecord(userId, id))) return notFound(c, id);
      return c.json({ items: await storage.history(userId, id, params.data.limit) });
    });
}
