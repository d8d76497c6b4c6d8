// Retry delays after failed syncs: exponential with full jitter, capped, never below Retry-After.

export interface BackoffOptions {
  /** The first retry's upper bound. */
  baseMs: number;
  /** No wait exceeds this (except a longer Retry-After from the server). */
  maxMs: number;
}

export const DEFAULT_BACKOFF: BackoffOptions = { baseMs: 1_000, maxMs: 5 * 60_000 };

/**
 * How long to wait before retry number `attempt` (1 for the first retry): a random time up to
 * `baseMs * 2^(attempt-1)` (capped at `maxMs`), and at least what the server asked for.
 * @example retryDelay(3, 0, Math.random) // somewhere in [0, 4000) ms
 */
export function retryDelay(
  attempt: number,
  retryAfterMs: number | null,
  random: () => number,
  options: BackoffOptions = DEFAULT_BACKOFF,
): number {
  const ceiling = Math.min(options.maxMs, options.baseMs * 2 ** Math.max(0, attempt - 1));
  const jittered = Math.floor(random() * ceiling);
  return Math.max(jittered, retryAfterMs ?? 0);
}

/**
 * Parses a Retry-After header (seconds or an HTTP date) into milliseconds from `nowMs`; null when
 * absent or unreadable.
 */
export function parseRetryAfter(header: string | null, nowMs: number): number | null {
  if (!header) return null;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? null : Math.max(0, date - nowMs);
}
