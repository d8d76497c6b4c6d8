// The first screen of the collection read straight from an IndexedDB index, so the page can show
// rows before the whole collection (tens of megabytes at 10,000 readouts) has been read.
import type { Readout } from '@readouts/schema';
import type { SortKey } from '../storage';
import type { ReadoutsDatabase } from './open';

/** Which index reads a sort order from its start, and in which direction; `title` has none. */
const SORT_INDEX: Partial<
  Record<SortKey, { index: 'by-date' | 'by-captured'; direction: IDBCursorDirection }>
> = {
  'date-desc': { index: 'by-date', direction: 'prev' },
  'date-asc': { index: 'by-date', direction: 'next' },
  'captured-desc': { index: 'by-captured', direction: 'prev' },
};

/**
 * At least `size` readouts that come first in `sort`: every readout whose key sorts before the
 * last one read, and all that share that last key (ties are ordered by id later, so a tie cut in
 * two would show the wrong half). Fewer when the index holds fewer: undated readouts are not in
 * `by-date` at all, and they sort last either way. Null for a sort no index reads (`title`).
 */
export async function readFirstScreen(
  db: ReadoutsDatabase,
  sort: SortKey,
  size: number,
): Promise<Readout[] | null> {
  const plan = SORT_INDEX[sort];
  if (!plan) return null;
  const tx = db.transaction('readouts');
  const readouts: Readout[] = [];
  let lastKey: IDBValidKey | undefined;
  let cursor = await tx.store.index(plan.index).openCursor(null, plan.direction);
  while (cursor) {
    if (readouts.length >= Math.max(1, size) && indexedDB.cmp(cursor.key, lastKey) !== 0) break;
    readouts.push(cursor.value.readout);
    lastKey = cursor.key;
    cursor = await cursor.continue();
  }
  return readouts;
}
