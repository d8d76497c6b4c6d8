// The per-token bucket refills over time and says how long to wait.
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import type { AppEnv } from '../env';
import { rateLimit } from '../middleware/rate-limit';

/** `x-token` is a valid token, `x-bogus` one the server does not know. */
function limitedApp(perMinute: number, clock: { now: number }, maxBuckets?: number) {
  return new Hono<AppEnv>()
    .use(async (c, next) => {
      const valid = c.req.header('x-token');
      c.set('tokenHash', valid ?? c.req.header('x-bogus') ?? null);
      c.set('identity', valid ? { userId: 1, userName: 'u', tokenId: valid } : null);
      await next();
    })
    .use(rateLimit(perMinute, () => clock.now, maxBuckets))
    .get('/', (c) => c.text('ok'));
}

describe('rate limit', () => {
  it('refills one request per 60/N seconds and reports the wait in Retry-After', async () => {
    const clock = { now: 0 };
    const app = limitedApp(2, clock);
    const hit = () => app.request('/', { headers: { 'x-token': 'a' } });
    expect((await hit()).status).toBe(200);
    expect((await hit()).status).toBe(200);
    const limited = await hit();
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('30');
    clock.now += 29_000;
    expect((await hit()).status).toBe(429);
    clock.now += 1_000;
    expect((await hit()).status).toBe(200);
  });

  it('limits requests without a valid token per client address (issue 9, finding 9)', async () => {
    const app = limitedApp(3, { now: 0 });
    const statuses = [];
    for (let i = 0; i < 5; i++) {
      statuses.push((await app.request('/', { headers: { 'x-bogus': `bogus-${i}` } })).status);
    }
    statuses.push((await app.request('/')).status);
    expect(statuses).toEqual([200, 200, 200, 429, 429, 429]);
    // A valid token has its own bucket.
    expect((await app.request('/', { headers: { 'x-token': 'a' } })).status).toBe(200);
  });

  it('cannot be reset by a flood of new keys: an exhausted bucket stays exhausted', async () => {
    const clock = { now: 0 };
    const app = limitedApp(2, clock, 100);
    const hit = (token: string) => app.request('/', { headers: { 'x-token': token } });
    expect((await hit('a')).status).toBe(200);
    expect((await hit('a')).status).toBe(200);
    expect((await hit('a')).status).toBe(429);
    // 1,000 other valid tokens (ten times the buckets kept), and as many bogus ones.
    for (let i = 0; i < 1000; i++) {
      await hit(`flood-${i}`);
      await app.request('/', { headers: { 'x-bogus': `bogus-${i}` } });
    }
    expect((await hit('a')).status).toBe(429);
    clock.now += 30_000;
    expect((await hit('a')).status).toBe(200);
  });
});
