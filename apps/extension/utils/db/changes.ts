// Tells every other extension page and the background that saved readouts changed, so an open
// collection page reloads after a capture in the popup, a shortcut, or a sync pull.

import { broadcast } from '../broadcast';

const CHANNEL = 'readouts:changes';

export interface ReadoutsChange {
  /** Ids of the readouts written or deleted. */
  ids: string[];
}

const changes = broadcast<ReadoutsChange>(CHANNEL);

/** Announces committed changes to the other contexts (not to this one). */
export function announceChange(ids: string[]): void {
  if (ids.length > 0) changes.post({ ids });
}

/** Calls `listener` for changes committed in other contexts; returns a function that stops it. */
export function onReadoutsChanged(listener: (change: ReadoutsChange) => void): () => void {
  return changes.listen(listener);
}
