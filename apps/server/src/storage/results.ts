// Shapes raw listing and stats rows into API results, the same way for both backends.
import type { Readout } from '@readouts/schema';
import { encodeCursor } from '../query/cursor';
import type { ReadoutQuery } from '../query/params';
import type { ReadoutPage, ReadoutStats } from './types';

/** Cuts the look-ahead row off a `limit + 1` result and derives the next cursor from the last item. */
export function pageFrom<R extends { readout_id: string; sort_key: string }>(
  rows: R[],
  query: ReadoutQuery,
  readout: (row: R) => Readout,
): ReadoutPage {
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map(readout),
    nextCursor:
      rows.length > query.limit && last ? encodeCursor(query.sort, last.sort_key, last.readout_id) : null,
  };
}

/** Folds a user's facet counts (kind, value, records) into stats. */
export function statsFrom(counts: Array<{ kind: string; value: string; n: number | string }>): ReadoutStats {
  const stats: ReadoutStats = { total: 0, byCountry: {}, byCounterpartCountry: {}, byYear: {}, byFormat: {} };
  const into: Record<string, Record<string, number>> = {
    countries: stats.byCountry,
    counterparts: stats.byCounterpartCountry,
    year: stats.byYear,
    format: stats.byFormat,
  };
  for (const { kind, value, n } of counts) {
    const target = into[kind];
    if (!target || Number(n) <= 0) continue;
    target[value] = Number(n);
    if (kind === 'format') stats.total += Number(n);
  }
  return stats;
}
