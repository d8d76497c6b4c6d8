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

/** Folds grouped counts and `|JP|US|` country lists into stats. */
export function statsFrom(
  formats: Array<{ key: string; n: number | string }>,
  years: Array<{ key: string; n: number | string }>,
  countryLists: string[],
  counterpartCountries: Array<{ key: string; n: number | string }>,
): ReadoutStats {
  const byCountry: Record<string, number> = {};
  for (const list of countryLists) {
    for (const code of list.split('|')) if (code) byCountry[code] = (byCountry[code] ?? 0) + 1;
  }
  const toRecord = (rows: Array<{ key: string; n: number | string }>) =>
    Object.fromEntries(rows.map((r) => [r.key, Number(r.n)]));
  const byFormat = toRecord(formats);
  return {
    total: Object.values(byFormat).reduce((a, b) => a + b, 0),
    byCountry,
    byCounterpartCountry: toRecord(counterpartCountries),
    byYear: toRecord(years),
    byFormat,
  };
}
