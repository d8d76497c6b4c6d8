// GET /api/v1/stats: counts of the caller's readouts by country, year and format.
import { Hono } from 'hono';
import type { Storage } from '../../storage/types';
import type { AppEnv } from '../env';

/** Stats routes for the caller's collection. */
export function statsRoutes(storage: Storage): Hono<AppEnv> {
  return new Hono<AppEnv>().get('/', async (c) => c.json(await storage.stats(c.get('identity')!.userId)));
}
