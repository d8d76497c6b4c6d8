// What the popup and the badge show of a queue: counts and a time-left estimate.
import type { QueueState } from './state';

export interface QueueProgress {
  total: number;
  done: number;
  captured: number;
  notReadouts: number;
  failed: number;
  /** Pages still to fetch, the one being fetched among them. */
  left: number;
  /** Estimated ms until the queue is through: the current wait, then one spacing per page left. */
  etaMs: number;
}

/** The queue's progress at time `now`. */
export function queueProgress(state: QueueState, now: number): QueueProgress {
  const count = (test: (s: QueueState['items'][number]) => boolean) => state.items.filter(test).length;
  const left = count((i) => i.status === 'pending' || i.status === 'active');
  const gate = Math.max(
    state.blockedUntil ?? 0,
    state.lastRequestAt === null ? 0 : state.lastRequestAt + state.options.spacingMs,
  );
  return {
    total: state.items.length,
    done: count((i) => i.status === 'done'),
    captured: count((i) => i.outcome === 'captured'),
    notReadouts: count((i) => i.outcome === 'not-readout'),
    failed: count((i) => i.status === 'failed'),
    left,
    etaMs: left === 0 ? 0 : Math.max(0, gate - now) + (left - 1) * state.options.spacingMs,
  };
}
