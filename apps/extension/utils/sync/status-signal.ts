// Tells every extension page at once that what its sync status line shows may have changed: the
// background announces when a round starts, pulls a page or ends, and when a page's edit reaches
// it, so a status line redraws then instead of at its next poll.
import { broadcast } from '../broadcast';

const status = broadcast<'changed'>('readouts:sync-status');

/** Announces to the other contexts (not this one) that the status or the outbox changed. */
export function announceSyncStatus(): void {
  status.post('changed');
}

/** Calls `listener` on every announcement from another context; returns a function that stops it. */
export function onSyncStatus(listener: () => void): () => void {
  return status.listen(() => listener());
}
