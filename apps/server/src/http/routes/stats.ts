// GET /api/v1/stats: without parameters, counts of the caller's readouts by country, year and
// format (the same as tRPC readouts.stats); with the listing's filters or `groupBy`, readouts and
// meetings per country, year, format or Japan's office of the readouts the filters select.
import { createRoute, z } from '@hono/zod-openapi';
import { groupStats } from '@readouts/analysis';
import { collectReadouts } from '../../analysis/collection';
import { StatsDimension, StatsQuery } from '../../openapi/params';
import { documented, errors } from '../../openapi/responses';
import { GroupedStats, Stats } from '../../openapi/schemas';
import { apiRouter } from '../../openapi/validation';
import type { Storage } from '../../storage/types';

const stats = createRoute({
  method: 'get',
  path: '/stats',
  operationId: 'stats',
  summary: 'Counts by country, year, format and office',
  description:
    'Without parameters: totals by country, counterpart country, year and format. With any filter ' +
    'or `groupBy` (default: all four dimensions): readouts and meetings per group of the readouts ' +
    'the filters select, a readout and its other-language version counted as one meeting.',
  request: { query: StatsQuery },
  responses: {
    200: documented('Counts', z.union([Stats, GroupedStats])),
    ...errors(400, 'Invalid parameters'),
  },
});

/** Stats routes for the caller's collection. */
export function statsRoutes(storage: Storage) {
  return apiRouter().openapi(stats, async (c) => {
    const userId = c.get('identity')!.userId;
    const { groupBy, ...filters } = c.req.valid('query');
    if (!groupBy && Object.keys(filters).length === 0) return c.json(await storage.stats(userId), 200);
    const readouts = await collectReadouts(storage, userId, filters);
    const dimensions = groupBy ?? StatsDimension.options;
    const groups = Object.fromEntries(dimensions.map((by) => [by, groupStats(readouts, by)]));
    return c.json({ total: readouts.length, groups }, 200);
  });
}
