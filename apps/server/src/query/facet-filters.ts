// Facet filters of a listing (country, participant, topic, tag): which facet values each one
// asks for, and whether the listing should start from one filter's records or walk a sort index.
import { tagKey } from '@readouts/schema';
import type { SideKind } from '../storage/facets';
import type { ReadoutQuery } from './params';

/**
 * A facet value set to look up for one filter: an exact value (country code, tag key), or text
 * to find inside the values (participant, topic), as lower-cased as the stored values are.
 */
export interface FacetLookup {
  kind: SideKind;
  value: string;
  exact: boolean;
}

/** A filter with how many records have the values it matches (at most: a record may have several). */
export interface FacetFilter {
  lookup: FacetLookup;
  n: number;
  /** The ids of the values it matches, when looked up with the count (PostgreSQL). */
  ids?: number[];
}

/** The facet lookups a query needs, one per filter it sets. */
export function facetLookups(query: ReadoutQuery): FacetLookup[] {
  const lookups: FacetLookup[] = [];
  if (query.country) lookups.push({ kind: 'countries', value: query.country, exact: true });
  if (query.participant)
    lookups.push({ kind: 'participants', value: query.participant.toLowerCase(), exact: false });
  if (query.topic) lookups.push({ kind: 'topics', value: query.topic.toLowerCase(), exact: false });
  // Tags are one tag whatever their case or width (packages/schema tags.ts).
  if (query.tag) lookups.push({ kind: 'tags', value: tagKey(query.tag), exact: true });
  return lookups;
}

/**
 * The filter to start from, or null to walk the sort index. Walking stops after about
 * `limit / selectivity` index entries (filters taken as independent); starting from a filter
 * reads all of its `n` records and sorts them. The cheaper one wins.
 */
export function drivingFilter(filters: FacetFilter[], total: number, limit: number): number | null {
  if (!filters.length || total <= 0) return null;
  let selectivity = 1;
  let best = 0;
  filters.forEach((f, i) => {
    selectivity *= Math.min(1, f.n / total);
    if (f.n < filters[best]!.n) best = i;
  });
  const walk = selectivity > 0 ? (limit + 1) / selectivity : Number.POSITIVE_INFINITY;
  return filters[best]!.n < walk ? best : null;
}
