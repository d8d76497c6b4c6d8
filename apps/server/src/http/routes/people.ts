// GET /api/v1/people and /api/v1/people/{id}: the people of the caller's collection, resolved
// across records, languages and scripts, computed once per change of the collection.
import { createRoute, z } from '@hono/zod-openapi';
import { collectionCache } from '../../analysis/collection-cache';
import { type PersonJson, peopleOf, summaryOf } from '../../analysis/people';
import { IdParam, PeopleQuery } from '../../openapi/params';
import { documented, errors } from '../../openapi/responses';
import { Person, PersonSummary } from '../../openapi/schemas';
import { apiRouter } from '../../openapi/validation';
import type { Storage } from '../../storage/types';
import { errorBody } from '../env';

const list = createRoute({
  method: 'get',
  path: '/people',
  operationId: 'listPeople',
  summary: 'The people of your collection (both sides), most meetings first',
  request: { query: PeopleQuery },
  responses: {
    200: documented('People', z.object({ items: z.array(PersonSummary) })),
    ...errors(400, 'Invalid parameters'),
  },
});

const get = createRoute({
  method: 'get',
  path: '/people/{id}',
  operationId: 'getPerson',
  summary: 'One person: every meeting, with the name as each page wrote it and the office held',
  request: { params: IdParam },
  responses: { 200: documented('The person', Person), ...errors(404, 'No such person in your collection') },
});

const fold = (s: string) => s.normalize('NFKC').toLowerCase();

/** Whether a person passes the listing's filters. */
const matches = (p: PersonJson, query: z.infer<typeof PeopleQuery>) =>
  (!query.side || p.side === query.side) &&
  (!query.country || p.country === query.country) &&
  (!query.q || p.names.some((n) => fold(n).includes(fold(query.q!))));

/** People routes for the caller's collection. */
export function peopleRoutes(storage: Storage) {
  const people = collectionCache(storage, (readouts, decisions) => {
    const all = peopleOf(readouts, decisions);
    return { all, byId: new Map(all.map((p) => [p.id, p])) };
  });
  return apiRouter()
    .openapi(list, async (c) => {
      const query = c.req.valid('query');
      const { all } = await people.get(c.get('identity')!.userId);
      const items = all
        .filter((p) => matches(p, query))
        .map(summaryOf)
        .sort((a, b) => b.meetingIds.length - a.meetingIds.length);
      return c.json({ items }, 200);
    })
    .openapi(get, async (c) => {
      const { id } = c.req.valid('param');
      const person = (await people.get(c.get('identity')!.userId)).byId.get(id);
      if (!person) return c.json(errorBody('NOT_FOUND', `no person ${id}`), 404);
      return c.json(person, 200);
    });
}
