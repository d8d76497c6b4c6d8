// Tells the pages showing pairs or people that synced decisions changed them (the background
// announces, the collection and analysis pages read their decisions again), and asks the background
// to sync when a page recorded one.
import { sendSyncMessage } from './messages';

const CHANNEL = 'readouts:decisions';

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

/** Announces that stored decisions changed, to the other contexts. */
export function announceDecisionsChanged(): void {
  getChannel()?.postMessage({ decisions: true });
}

/** Calls `listener` when another context changed the stored decisions; returns a function that stops it. */
export function onDecisionsChanged(listener: () => void): () => void {
  const target = getChannel();
  if (!target) return () => {};
  const handler = () => listener();
  target.addEventListener('message', handler);
  return () => target.removeEventListener('message', handler);
}

/** Asks the background for a round soon: a page recorded a decision. */
export function requestDecisionsSync(): void {
  void sendSyncMessage('sync/changed').catch(() => {});
}
