// Rate limiting with token buckets held in this process (each server process limits
// independently; behind N processes the effective limit is at most N times the setting), and the
// cap on tRPC batches, whose every call counts as one request.
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context, MiddlewareHandler } from 'hono';
import { type AppEnv, errorBody } from '../env';

interface Bucket {
  tokens: number;
  updated: number;
}

/** The most procedure calls one tRPC batch may carry (`/trpc/a,b,c?batch=1`). */
export const MAX_TRPC_BATCH = 10;

/** How many buckets a process keeps at most; beyond it, buckets are dropped (see `rateLimit`). */
export const MAX_BUCKETS = 50_000;

/** How many of the least recently used buckets an eviction looks at. */
const EVICTION_SCAN = 64;

/**
 * The procedure calls a `/trpc/...` request makes: the comma-separated names of a batch, 1 for a
 * plain call, 0 for anything else.
 */
export function trpcCalls(c: Context): number {
  const match = /^\/trpc\/(.*)$/.exec(c.req.path);
  if (!match) return 0;
  let names = match[1]!;
  try {
    names = decodeURIComponent(names);
  } catch {
    return 1;
  }
  return c.req.query('batch') === undefined ? 1 : names.split(',').length;
}

/**
 * Refuses a tRPC batch of more than `max` calls with 413, before its token is even looked up.
 * A batch is otherwise one HTTP request doing the work of many.
 */
export function trpcBatchLimit(max = MAX_TRPC_BATCH): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const calls = trpcCalls(c);
    if (calls > max) {
      return c.json(
        errorBody('PAYLOAD_TOO_LARGE', `a tRPC batch may carry at most ${max} calls (got ${calls})`),
        413,
      );
    }
    await next();
  };
}

/** The caller's address (its /64 for IPv6, which one host gets whole), or `unknown`. */
function clientAddress(c: Context): string {
  let address: string | undefined;
  try {
    address = getConnInfo(c).remote.address;
  } catch {
    // No socket (app.request() in tests, another runtime).
  }
  if (!address) return 'unknown';
  if (address.startsWith('::ffff:')) return address.slice(7);
  if (address.includes(':')) {
    const groups = address.split('::')[0]!.split(':');
    return `${groups.slice(0, 4).join(':')}::/64`;
  }
  return address;
}

/**
 * Allows `perMinute` requests per minute, in bursts up to the same number; answers 429 with
 * `Retry-After` (seconds) beyond that. A request with a valid token counts against that token's
 * bucket; any other (no token, an unknown or revoked one) against its client address's bucket, so
 * a flood of made-up tokens is limited too. A tRPC batch counts each of its calls.
 *
 * At most `maxBuckets` buckets are kept: beyond that, the fullest of the 64 least recently used
 * goes (a full one is the same as a new one). An exhausted bucket survives a flood of new keys,
 * and one in use is never among the least recently used; nothing ever clears them all.
 */
export function rateLimit(
  perMinute: number,
  now: () => number = Date.now,
  maxBuckets = MAX_BUCKETS,
): MiddlewareHandler<AppEnv> {
  // A Map iterates in insertion order; re-inserting on each use keeps it least recently used first.
  const buckets = new Map<string, Bucket>();
  const ratePerMs = perMinute / 60_000;
  const refilled = (bucket: Bucket, t: number) =>
    Math.min(perMinute, bucket.tokens + (t - bucket.updated) * ratePerMs);
  // Drops the fullest of the least recently used buckets: a full one loses nothing (a new bucket
  // starts full), and an exhausted one, the one limiting someone, is the last to go.
  const evictOne = (t: number) => {
    let victim: string | undefined;
    let most = Number.NEGATIVE_INFINITY;
    let scanned = 0;
    for (const [key, bucket] of buckets) {
      const tokens = refilled(bucket, t);
      if (tokens > most) {
        most = tokens;
        victim = key;
      }
      if (tokens >= perMinute || ++scanned >= EVICTION_SCAN) break;
    }
    if (victim !== undefined) buckets.delete(victim);
  };
  return async (c, next) => {
    if (perMinute <= 0) return next();
    const tokenHash = c.get('tokenHash');
    const key = c.get('identity') && tokenHash ? `t:${tokenHash}` : `a:${clientAddress(c)}`;
    // Capped at the burst size, so a batch a small limit cannot hold still gets through in time.
    const cost = Math.min(perMinute, Math.max(1, trpcCalls(c)));
    const t = now();
    const found = buckets.get(key);
    const bucket = found ?? { tokens: perMinute, updated: t };
    bucket.tokens = refilled(bucket, t);
    bucket.updated = t;
    if (found) buckets.delete(key);
    buckets.set(key, bucket);
    while (buckets.size > maxBuckets) evictOne(t);
    if (bucket.tokens < cost) {
      const retryAfter = Math.max(1, Math.ceil((cost - bucket.tokens) / ratePerMs / 1000));
      return c.json(
        errorBody('TOO_MANY_REQUESTS', `rate limit of ${perMinute} requests per minute exceeded`),
        429,
        { 'Retry-After': String(retryAfter) },
      );
    }
    bucket.tokens -= cost;
    await next();
  };
}
