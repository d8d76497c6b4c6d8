// Tells every extension page at once that what its sync status line shows may have changed: the
// background announces when a round starts, pulls a page or ends, and when a page's edit reaches
// it, so a status line redraws then instead of at its next poll.

const CHANNEL = 'readouts:sync-status';

let channel: BroadcastChannel | undefined;

/** One channel per page or worker: a BroadcastChannel never hears its own messages. */
function getChannel(): BroadcastChannel | undefined {
  if (typeof BroadcastChannel === 'undefined') return undefined;
  if (!channel) {
    channel = new BroadcastChannel(CHANNEL);
    // Node (tests) would otherwise stay alive for the open channel.
    (channel as BroadcastChannel & { unref?: () => void }).unref?.();
  }
  return channel;
}

/** Announces to the other contexts (not this one) that the status or the outbox changed. */
export function announceSyncStatus(): void {
  getChannel()?.postMessage('changed');
}

/** Calls `listener` on every announcement from another context; returns a function that stops it. */
export function onSyncStatus(listener: () => void): () => void {
  const target = getChannel();
  if (!target) return () => {};
  const handler = () => listener();
  target.addEventListener('message', handler);
  return () => target.removeEventListener('message', handler);
}
