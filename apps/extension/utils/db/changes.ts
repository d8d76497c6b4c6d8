// Tells every other extension page and the background that saved readouts changed, so an open
// collection page reloads after a capture in the popup, a shortcut, or a sync pull.

const CHANNEL = 'readouts:changes';

export interface ReadoutsChange {
  /** Ids of the readouts written or deleted. */
  ids: string[];
}

let channel: BroadcastChannel | undefined;

/** One channel per page or worker: a BroadcastChannel never hears its own messages. */
function getChannel(): BroadcastChannel | undefined {
  if (typeof BroadcastChannel === 'undefined') return undefined;
  if (!channel) {
    channel = new BroadcastChannel(CHANNEL);
    // Node (tests, benchmarks) would otherwise stay alive for the open channel.
    (channel as BroadcastChannel & { unref?: () => void }).unref?.();
  }
  return channel;
}

/** Announces committed changes to the other contexts (not to this one). */
export function announceChange(ids: string[]): void {
  if (ids.length > 0) getChannel()?.postMessage({ ids } satisfies ReadoutsChange);
}

/** Calls `listener` for changes committed in other contexts; returns a function that stops it. */
export function onReadoutsChanged(listener: (change: ReadoutsChange) => void): () => void {
  const target = getChannel();
  if (!target) return () => {};
  const handler = (event: MessageEvent<ReadoutsChange>) => listener(event.data);
  target.addEventListener('message', handler);
  return () => target.removeEventListener('message', handler);
}
