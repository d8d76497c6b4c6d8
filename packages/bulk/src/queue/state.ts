// The capture queue's state: plain data, validated on the way in, so the extension can keep it in
// IndexedDB and a restarted service worker resumes where the last one stopped.
import { z } from 'zod';

export const QUEUE_VERSION = 1;

/** Politeness settings; the defaults are the extension's (one page a second at most). */
export const QueueOptions = z.object({
  /** Least time between the starts of two requests. */
  spacingMs: z.number().int().min(0).max(3_600_000),
  /** Requests per page before it is marked failed (429, 5xx and network errors are retried). */
  maxAttempts: z.number().int().min(1).max(20),
  /** The first back-off after a 429 or 5xx; each further attempt doubles it. */
  backoffBaseMs: z.number().int().min(0).max(3_600_000),
  /** The longest back-off (a Retry-After header may ask for longer and is obeyed). */
  backoffMaxMs: z.number().int().min(0).max(86_400_000),
  /** Consecutive 403 answers after which the queue stops: the site is refusing this browser. */
  stopAfter403: z.number().int().min(1).max(100),
});
export type QueueOptions = z.infer<typeof QueueOptions>;

export const DEFAULT_QUEUE_OPTIONS: QueueOptions = {
  spacingMs: 1000,
  maxAttempts: 4,
  backoffBaseMs: 5000,
  backoffMaxMs: 10 * 60_000,
  stopAfter403: 3,
};

/** Where one page is: waiting, being fetched, finished, or given up on. */
export const ItemStatus = z.enum(['pending', 'active', 'done', 'failed']);
export type ItemStatus = z.infer<typeof ItemStatus>;

export const QueueItem = z.object({
  url: z.string().min(1).max(2000),
  /** `readoutIdFromUrl(url)`: one item per page, however it was linked. */
  id: z.string().min(1).max(200),
  status: ItemStatus,
  /** Requests made for this page so far that came back (with an answer or a network error). */
  attempts: z.number().int().min(0),
  /** Fetches of this page cut short by a stopped worker; too many fail the page (`queue.interrupted`). */
  interruptions: z.number().int().min(0).default(0),
  /** Not to be requested before this time (ms since the epoch): its back-off. */
  notBefore: z.number().nullable(),
  /** The last HTTP status (0: network error), when a request failed. */
  lastStatus: z.number().int().nullable(),
  /** Why a page failed or was not a readout, as codes (`http.404`, `page.list`). */
  reasons: z.array(z.string().max(200)).max(50),
  /** For a done page: `captured`, or `not-readout` (with reasons). */
  outcome: z.enum(['captured', 'not-readout']).nullable(),
});
export type QueueItem = z.infer<typeof QueueItem>;

/** Why the queue stopped by itself. */
export const StopReason = z.object({
  code: z.literal('blocked-403'),
  /** The consecutive 403 answers that stopped it. */
  count: z.number().int().min(1),
  at: z.number(),
});
export type StopReason = z.infer<typeof StopReason>;

export const QueueState = z.object({
  version: z.literal(QUEUE_VERSION),
  options: QueueOptions,
  /** `running` hands out pages; `paused` and `cancelled` by the user; `stopped` by the queue itself. */
  status: z.enum(['running', 'paused', 'stopped', 'cancelled']),
  stopReason: StopReason.nullable(),
  items: z.array(QueueItem),
  /** When the last request started (spacing counts from here). */
  lastRequestAt: z.number().nullable(),
  /** Site-wide back-off after a 429 or 5xx: no request to the site before this time. */
  blockedUntil: z.number().nullable(),
  consecutive403: z.number().int().min(0),
});
export type QueueState = z.infer<typeof QueueState>;

/** A queue state that cannot be read back, with the first problems found. */
export class QueueFormatError extends Error {
  constructor(readonly problems: string[]) {
    super(`not a capture queue: ${problems.join('; ')}`);
    this.name = 'QueueFormatError';
  }
}

/** An empty running queue with the given politeness settings over the defaults. */
export function createQueue(options: Partial<QueueOptions> = {}): QueueState {
  return {
    version: QUEUE_VERSION,
    options: QueueOptions.parse({ ...DEFAULT_QUEUE_OPTIONS, ...options }),
    status: 'running',
    stopReason: null,
    items: [],
    lastRequestAt: null,
    blockedUntil: null,
    consecutive403: 0,
  };
}

/** The queue as JSON, for IndexedDB or a file. */
export const serialiseQueue = (state: QueueState): string => JSON.stringify(state);

/** Fetches cut short by a stopped worker after which a page is failed rather than tried again. */
export const MAX_INTERRUPTIONS = 10;

/**
 * Reads a queue back from JSON (or from the object IndexedDB returns). A page that was being
 * fetched when the worker stopped goes back to pending: its fetch never finished, and saving a
 * capture is keyed by the readout id, so fetching it again cannot make a second record. The cut
 * fetch does not count as an attempt (no answer came, so it says nothing about the site), but
 * it counts as an interruption, so a page that stops the worker every time is failed in the end.
 */
export function parseQueue(input: string | unknown): QueueState {
  let value: unknown = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input);
    } catch (error) {
      throw new QueueFormatError([`invalid JSON (${(error as Error).message})`]);
    }
  }
  const parsed = QueueState.safeParse(value);
  if (!parsed.success) {
    throw new QueueFormatError(
      parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`),
    );
  }
  const items = parsed.data.items.map((item): QueueItem => {
    if (item.status !== 'active') return item;
    const interruptions = item.interruptions + 1;
    if (interruptions >= MAX_INTERRUPTIONS)
      return { ...item, status: 'failed', interruptions, notBefore: null, reasons: ['queue.interrupted'] };
    return { ...item, status: 'pending', interruptions, attempts: Math.max(0, item.attempts - 1) };
  });
  return { ...parsed.data, items };
}
