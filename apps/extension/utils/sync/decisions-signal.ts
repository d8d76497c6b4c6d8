// Tells the pages showing pairs or people that synced decisions changed them (the background
// announces, the collection and analysis pages read their decisions again), and asks the background
// to sync when a page recorded one.
import { broadcast } from '../broadcast';
import { sendSyncMessage } from './messages';

const decisions = broadcast<{ decisions: true }>('readouts:decisions');

/** Announces that stored decisions changed, to the other contexts. */
export function announceDecisionsChanged(): void {
  decisions.post({ decisions: true });
}

/** Calls `listener` when another context changed the stored decisions; returns a function that stops it. */
export function onDecisionsChanged(listener: () => void): () => void {
  return decisions.listen(() => listener());
}

/** Asks the background for a round soon: a page recorded a decision. */
export function requestDecisionsSync(): void {
  void sendSyncMessage('sync/changed').catch(() => {});
}
