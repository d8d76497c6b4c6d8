// The capture queue as a state machine of pure functions: each takes a state and returns a new one,
// so the extension persists every step and a stopped worker resumes exactly. One page at a time,
// spaced, backing off on 429/5xx (Retry-After obeyed), stopping after repeated 403s.
import { readoutIdFromUrl } from '@readouts/schema';
import { retryAfterMs } from './retry-after';
import type { QueueItem, QueueState } from './state';

/** What the caller should do now. */
export type QueueStep =
  | { type: 'fetch'; item: QueueItem }
  | { type: 'wait'; until: number; reason: 'spacing' | 'backoff' }
  /** A page is being fetched; report it with `done` or `failed` first. */
  | { type: 'busy'; item: QueueItem }
  | { type: 'paused' }
  | { type: 'stopped'; reason: NonNullable<QueueState['stopReason']> }
  | { type: 'cancelled' }
  | { type: 'finished' };

/** A call that does not fit the queue's state (reporting a page that is not being fetched). */
export class QueueError extends Error {
  constructor(
    readonly code: 'not-active' | 'not-failed',
    id: string,
  ) {
    super(`${code === 'not-active' ? 'no page is being fetched' : 'no failed page'} with id ${id}`);
    this.name = 'QueueError';
  }
}

/** How a request for a page failed: its HTTP status (0 for a network error) and Retry-After header. */
export interface FailedRequest {
  status: number;
  retryAfter?: string | null;
}

const withItem = (state: QueueState, id: string, change: (item: QueueItem) => QueueItem): QueueState => ({
  ...state,
  items: state.items.map((item) => (item.id === id ? change(item) : item)),
});

/**
 * Adds pages, once each: a URL whose readout id is already queued (in any state) or in `captured`
 * is skipped, so a page is never fetched twice. Adding to a cancelled queue starts it again.
 */
export function enqueue(
  state: QueueState,
  urls: readonly string[],
  captured: ReadonlySet<string> = new Set(),
): QueueState {
  const known = new Set(state.items.map((item) => item.id));
  const added: QueueItem[] = [];
  for (const url of urls) {
    const id = readoutIdFromUrl(url);
    if (known.has(id) || captured.has(id)) continue;
    known.add(id);
    added.push({
      url,
      id,
      status: 'pending',
      attempts: 0,
      interruptions: 0,
      notBefore: null,
      lastStatus: null,
      reasons: [],
      outcome: null,
    });
  }
  if (added.length === 0) return state;
  const status = state.status === 'cancelled' ? 'running' : state.status;
  return { ...state, status, items: [...state.items, ...added] };
}

/**
 * The next step at time `now`: a page to fetch (marked active, and the request time noted), a
 * time to wait until, or why nothing happens. Pages go in the order added, except that a page in
 * back-off lets the pages behind it go first.
 */
export function next(state: QueueState, now: number): { state: QueueState; step: QueueStep } {
  if (state.status === 'paused') return { state, step: { type: 'paused' } };
  if (state.status === 'cancelled') return { state, step: { type: 'cancelled' } };
  if (state.status === 'stopped' && state.stopReason)
    return { state, step: { type: 'stopped', reason: state.stopReason } };
  const active = state.items.find((item) => item.status === 'active');
  if (active) return { state, step: { type: 'busy', item: active } };
  const pending = state.items.filter((item) => item.status === 'pending');
  if (pending.length === 0) return { state, step: { type: 'finished' } };
  const spacedUntil = state.lastRequestAt === null ? 0 : state.lastRequestAt + state.options.spacingMs;
  const siteUntil = state.blockedUntil ?? 0;
  if (siteUntil > now && siteUntil >= spacedUntil)
    return { state, step: { type: 'wait', until: siteUntil, reason: 'backoff' } };
  if (spacedUntil > now) return { state, step: { type: 'wait', until: spacedUntil, reason: 'spacing' } };
  const ready = pending.find((item) => (item.notBefore ?? 0) <= now);
  if (!ready) {
    const until = Math.min(...pending.map((item) => item.notBefore ?? now));
    return { state, step: { type: 'wait', until, reason: 'backoff' } };
  }
  const fetching: QueueItem = { ...ready, status: 'active', attempts: ready.attempts + 1 };
  return {
    state: { ...withItem(state, ready.id, () => fetching), lastRequestAt: now },
    step: { type: 'fetch', item: fetching },
  };
}

function activeItem(state: QueueState, id: string): QueueItem {
  const item = state.items.find((i) => i.id === id);
  if (item?.status !== 'active') throw new QueueError('not-active', id);
  return item;
}

/** The page being fetched was saved (`captured`) or turned out not to be a readout (with its reasons). */
export function done(
  state: QueueState,
  id: string,
  result: { outcome: 'captured' } | { outcome: 'not-readout'; reasons: readonly string[] } = {
    outcome: 'captured',
  },
): QueueState {
  activeItem(state, id);
  const reasons = result.outcome === 'not-readout' ? result.reasons.slice(0, 50) : [];
  const finished = withItem(state, id, (item) => ({
    ...item,
    status: 'done',
    notBefore: null,
    outcome: result.outcome,
    reasons,
  }));
  return { ...finished, consecutive403: 0 };
}

/** Whether a status is worth asking again later: rate limiting, a server error, no answer. */
const isTransient = (status: number): boolean =>
  status === 429 || status === 0 || (status >= 500 && status <= 599);

/** The back-off before attempt `attempts + 1`: base × 2^(attempts − 1), at most backoffMaxMs. */
export function backoffMs(state: QueueState, attempts: number): number {
  const { backoffBaseMs, backoffMaxMs } = state.options;
  return Math.min(backoffMaxMs, backoffBaseMs * 2 ** Math.max(0, attempts - 1));
}

/**
 * The page being fetched failed at time `now`. A 429, 5xx or network error puts it back with a
 * back-off (the longer of Retry-After and the exponential back-off), and holds the whole site back
 * as long; after `maxAttempts` it is failed. A 403 fails the page, and `stopAfter403` of them in a
 * row stop the queue (`blocked-403`). Any other status fails the page at once.
 */
export function failed(state: QueueState, id: string, request: FailedRequest, now: number): QueueState {
  const item = activeItem(state, id);
  const { status } = request;
  const code = status === 0 ? 'http.network' : `http.${status}`;
  if (isTransient(status) && item.attempts < state.options.maxAttempts) {
    const wait = Math.max(retryAfterMs(request.retryAfter, now) ?? 0, backoffMs(state, item.attempts));
    const until = now + wait;
    const retried = withItem(state, id, (i) => ({
      ...i,
      status: 'pending',
      notBefore: until,
      lastStatus: status,
    }));
    return { ...retried, blockedUntil: Math.max(state.blockedUntil ?? 0, until), consecutive403: 0 };
  }
  const given = withItem(state, id, (i) => ({
    ...i,
    status: 'failed',
    notBefore: null,
    lastStatus: status,
    reasons: [code],
  }));
  if (status !== 403) return { ...given, consecutive403: 0 };
  const count = state.consecutive403 + 1;
  if (count < state.options.stopAfter403) return { ...given, consecutive403: count };
  return {
    ...given,
    consecutive403: count,
    status: 'stopped',
    stopReason: { code: 'blocked-403', count, at: now },
  };
}

/** Pauses: `next` hands out nothing until `resume`. A page being fetched may still be reported. */
export const pause = (state: QueueState): QueueState =>
  state.status === 'running' ? { ...state, status: 'paused' } : state;

/** Resumes a paused queue, or one that stopped after 403s (the count starts again). */
export const resume = (state: QueueState): QueueState =>
  state.status === 'paused' || state.status === 'stopped'
    ? { ...state, status: 'running', stopReason: null, consecutive403: 0 }
    : state;

/** Cancels: the pages not yet fetched are dropped; done and failed pages stay listed. */
export function cancel(state: QueueState): QueueState {
  const items = state.items.filter((item) => item.status !== 'pending');
  return { ...state, status: 'cancelled', stopReason: null, items };
}

/** Puts a failed page back in the queue with its attempts reset (the popup's "retry"). */
export function retry(state: QueueState, id: string): QueueState {
  const item = state.items.find((i) => i.id === id);
  if (item?.status !== 'failed') throw new QueueError('not-failed', id);
  const again = withItem(state, id, (i) => ({
    ...i,
    status: 'pending',
    attempts: 0,
    interruptions: 0,
    notBefore: null,
    reasons: [],
  }));
  return again.status === 'cancelled' ? { ...again, status: 'running' } : again;
}
