// A user's readouts read whole, for the computations that need the collection at once (pairs,
// people, grouped counts, exports), page by page so no single query holds them all.
import type { Readout } from '@readouts/schema';
import type { FilterQuery } from '../openapi/params';
import type { Storage } from '../storage/types';

/** Readouts fetched per listing query. */
const PAGE = 200;

/** Every readout of a user the filters select, in date order. */
export async function* readoutsOf(
  storage: Storage,
  userId: number,
  filters: FilterQuery = {},
): AsyncGenerator<Readout> {
  let cursor: string | undefined;
  do {
    const page = await storage.listReadouts(userId, {
      ...filters,
      sort: 'date',
      limit: PAGE,
      ...(cursor ? { cursor } : {}),
    });
    yield* page.items;
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
}

/** The same, as one array. */
export async function collectReadouts(
  storage: Storage,
  userId: number,
  filters: FilterQuery = {},
): Promise<Readout[]> {
  const all: Readout[] = [];
  for await (const r of readoutsOf(storage, userId, filters)) all.push(r);
  return all;
}
