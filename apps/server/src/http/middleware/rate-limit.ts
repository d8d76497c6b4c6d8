// Per-token rate limiting with a token bucket held in this process (each server process limits
// independently; behind N processes the effective limit is at most N times the setting).
import type { MiddlewareHandler } from 'hono';
import { type AppEnv, errorBody } from '../env';

interface Bucket {
  tokens: number;
  updated: number;
}

/**
 * Allows `perMinute` requests per minute per bearer token, in bursts up to the same number;
 * answers 429 with `Retry-After` (seconds) beyond that. Requests without a token are not counted
 * here (they get 401).
 */
export function rateLimit(perMinute: number, now: () => number = Date.now): MiddlewareHandler<AppEnv> {
  const buckets = new Map<string, Bucket>();
  const ratePerMs = perMinute / 60_000;
  return async (c, next) => {
    const key = c.get('tokenHash');
    if (!key || perMinute <= 0) return next();
    const t = now();
    const bucket = buckets.get(key) ?? { tokens: perMinute, updated: t };
    bucket.tokens = Math.min(perMinute, bucket.tokens + (t - bucket.updated) * ratePerMs);
    bucket.updated = t;
    buckets.set(key, bucket);
    if (buckets.size > 100_000) buckets.clear();
    if (bucket.tokens < 1) {
      const retryAfter = Math.max(1, Math.ceil((1 - bucket.tokens) / ratePerMs / 1000));
      return c.json(
        errorBody('TOO_MANY_REQUESTS', `rate limit of ${perMinute} requests per minute exceeded`),
        429,
        {
          'Retry-After': String(retryAfter),
        },
      );
    }
    bucket.tokens -= 1;
    await next();
  };
}
