// GET /api/v1/readouts (filtered, paged listing), GET, PATCH and DELETE /api/v1/readouts/{id}, and
// GET /api/v1/readouts/{id}/history. Edits go through sync mutations (see sync/edits.ts). Each
// route is defined once, with the schemas it validates by and answers with; the OpenAPI document
// is generated from these definitions.
import { createRoute, z } from '@hono/zod-openapi';
import { cleanText } from '@readouts/schema';
import type { Context } from 'hono';
import type { LanguageVersions } from '../../analysis/language-versions';
import { HistoryQuery, IdParam, ListQuery } from '../../openapi/params';
import { documented, errors } from '../../openapi/responses';
import { HistoryEntry, ReadoutPage, RestReadout } from '../../openapi/schemas';
import { apiRouter } from '../../openapi/validation';
import { InvalidCursorError } from '../../query/cursor';
import type { Storage } from '../../storage/types';
import { createReadoutEditor, type EditOutcome } from '../../sync/edits';
import { type AppEnv, errorBody, issueList } from '../env';
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

/**
 * An answer built outside a handler (by `editResponse`), whose statuses the route's definition
 * lists but whose type has lost them.
 */
const untyped = (response: Response) => response as never;

const readout = (description: string) => documented(description, RestReadout);

const list = createRoute({
  method: 'get',
  path: '/readouts',
  operationId: 'listReadouts',
  summary: 'List readouts, filtered and paged',
  request: { query: ListQuery },
  responses: {
    200: documented('A page of readouts', ReadoutPage),
    ...errors(400, 'Invalid parameters, or a cursor this server did not issue'),
  },
});

const get = createRoute({
  method: 'get',
  path: '/readouts/{id}',
  operationId: 'getReadout',
  summary: 'One readout',
  request: { params: IdParam },
  responses: { 200: readout('The readout'), ...errors(404, 'No such readout in your collection') },
});

const edit = createRoute({
  method: 'patch',
  path: '/readouts/{id}',
  operationId: 'editReadout',
  summary: 'Correct fields and set tags, note or star',
  description:
    'Fields to correct under the readout\'s own names (`{"date": "2018-08-18"}`; `null` reverts a ' +
    "correction to the page's value), and the user fields `tags` (the whole new list), `note` and " +
    "`starred`. Applied as sync mutations with the same merge rules as the extension's edits, so " +
    'every device gets the edit on its next sync. Answers the readout, whose `corrected` lists its ' +
    "corrected fields and `extracted` the page's values of them.",
  request: {
    params: IdParam,
    // Read by the handler, so a body that is not JSON (or has no content type) is answered as
    // before; the document still takes the schema from ReadoutPatch.
    body: {
      required: true,
      content: { 'application/json': { schema: { $ref: '#/components/schemas/ReadoutPatch' } } },
    },
  },
  responses: {
    200: readout('The readout after the edit'),
    ...errors(400, 'Not JSON, no field, an unknown field, or a value the schema refuses'),
    ...errors(404, 'No such readout in your collection'),
    ...errors(409, 'The REST client id of this token is bound to another token'),
  },
});

const remove = createRoute({
  method: 'delete',
  path: '/readouts/{id}',
  operationId: 'deleteReadout',
  summary: 'Delete a readout (from every device on its next sync)',
  request: { params: IdParam },
  responses: { 204: { description: 'Deleted' }, ...errors(404, 'No such readout in your collection') },
});

const history = createRoute({
  method: 'get',
  path: '/readouts/{id}/history',
  operationId: 'readoutHistory',
  summary: 'What changed in a readout, when and from which device, newest first',
  request: { params: IdParam, query: HistoryQuery },
  responses: {
    200: documented(
      'The newest entries (a deleted readout keeps its history)',
      z.object({ items: z.array(HistoryEntry) }),
    ),
    ...errors(400, 'Invalid parameters'),
    ...errors(404, 'No such readout in your collection'),
  },
});

/** Routes over the caller's own readouts; another user's readout is indistinguishable from a missing one. */
export function readoutRoutes(storage: Storage, versions: LanguageVersions) {
  const editor = createReadoutEditor(storage);
  const one = async (userId: number, r: Parameters<LanguageVersions['attach']>[1][number]) =>
    (await versions.attach(userId, [r]))[0]!;
  return apiRouter()
    .openapi(list, async (c) => {
      const userId = c.get('identity')!.userId;
      try {
        const page = await storage.listReadouts(userId, c.req.valid('query'));
        return c.json({ ...page, items: await versions.attach(userId, page.items) }, 200);
      } catch (error) {
        if (error instanceof InvalidCursorError) return c.json(errorBody('BAD_REQUEST', error.message), 400);
        throw error;
      }
    })
    .openapi(get, async (c) => {
      const id = readoutIdOf(c);
      const userId = c.get('identity')!.userId;
      const record = id ? await storage.getRecord(userId, id) : null;
      if (!record?.readout) return notFound(c, id);
      return c.json(await one(userId, record.readout), 200);
    })
    .openapi(edit, async (c) => {
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
      const identity = c.get('identity')!;
      const outcome = await editor.patch(identity, id, parsed.data);
      if (outcome.kind === 'applied' && outcome.readout) {
        return c.json(await one(identity.userId, outcome.readout), 200);
      }
      return untyped(editResponse(c, id, outcome, () => notFound(c, id)));
    })
    .openapi(remove, async (c) => {
      const id = readoutIdOf(c);
      if (!id) return notFound(c, id);
      const outcome = await editor.remove(c.get('identity')!, id);
      return untyped(editResponse(c, id, outcome, () => c.body(null, 204)));
    })
    .openapi(history, async (c) => {
      const id = readoutIdOf(c);
      const userId = c.get('identity')!.userId;
      // A deleted readout keeps its history; one never stored has none to show.
      if (!id || !(await storage.getRecord(userId, id))) return notFound(c, id);
      const items = await storage.history(userId, id, c.req.valid('query').limit);
      return c.json({ items }, 200);
    });
}
