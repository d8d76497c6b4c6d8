// Links from the analysis page into the collection, filtered through the collection's URL state
// (`collection.html?country=KR&from=2024-01-01&to=2024-12-31&format=telephone`).
import type { MeetingFormat } from '@readouts/schema';

export interface CollectionFilter {
  country?: string;
  from?: string;
  to?: string;
  format?: MeetingFormat;
  readout?: string;
}

const ORDER = ['country', 'format', 'from', 'to', 'readout'] as const;

/**
 * The collection page's query string for a filter, parameters in the collection's own order.
 * @example collectionQuery({ country: 'KR', ...yearRange(2024) }) // '?country=KR&from=2024-01-01&to=2024-12-31'
 */
export function collectionQuery(filter: CollectionFilter): string {
  const params = new URLSearchParams();
  for (const key of ORDER) {
    const value = filter[key];
    if (value) params.set(key, value);
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** The first and last day of a year. */
export const yearRange = (year: number) => ({ from: `${year}-01-01`, to: `${year}-12-31` });

/** The first and last day of a month (1–12). */
export function monthRange(year: number, month: number) {
  const mm = String(month).padStart(2, '0');
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return { from: `${year}-${mm}-01`, to: `${year}-${mm}-${String(last).padStart(2, '0')}` };
}
