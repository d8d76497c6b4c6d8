// How a listing with a search `q` is planned on both backends, so that neither sorts (nor counts)
// every match of a common search to show one page of it.
//
// A common search is walked in listing order (the sort index, filters applied) and each row is
// probed in the full-text index, until a page is full; a rare one would make that walk read the
// whole collection, so after a window of rows without a full page the listing instead fetches the
// match set and sorts it, which is cheap exactly when matches are few. Either way the same rows
// come back in the same order: both plans are the same query, evaluated differently.

/** Rows a search walks in listing order before it gives up on the walk: about 25 per row shown. */
export function fullTextWindow(limit: number): number {
  return Math.max(500, 25 * (limit + 1));
}

/**
 * 'adaptive' as above; 'match-set' always starts a search from its matches and sorts them (the
 * plan before the walk existed): tests compare the two, the bench can show the difference.
 */
export type TextPlan = 'adaptive' | 'match-set';
