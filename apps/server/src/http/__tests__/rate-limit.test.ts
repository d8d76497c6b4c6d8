// The per-token bucket refills over time and says how long to wait.
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import type { AppEnv } from '../env';
import { rateLimit } from '../middleware/rate-limit';

function limitedApp(perMinute: number, clock: { now: number }) {
  return new Hono<AppEnv>()
    .use(async (c, next) => {
      c.set('tokenHash', c.req.header('x-token') ?? null);
      await next();
    })
    .use(rateLimit(perMinute, () => clock.now))
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

  it('does not count requests without a token', async () => {
    const app = limitedApp(1, { now: 0 });
    for (let i = 0; i < 5; i++) expect((await app.request('/')).status).toBe(200);
  });
});
