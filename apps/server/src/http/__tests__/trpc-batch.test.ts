// Issue 9, finding 8: a tRPC batch carries at most MAX_TRPC_BATCH calls, is refused before any
// work beyond that, and each of its calls counts against the rate limit.
import { afterEach, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../__tests__/helpers/app';
import { backends } from '../../__tests__/helpers/backends';
import { captures } from '../../__tests__/helpers/factories';
import { MAX_TRPC_BATCH } from '../middleware/rate-limit';

const statsBatch = (n: number) => {
  const input = Object.fromEntries(Array.from({ length: n }, (_, i) => [String(i), {}]));
  const names = Array.from({ length: n }, () => 'readouts.stats').join(',');
  return `/trpc/${names}?batch=1&input=${encodeURIComponent(JSON.stringify(input))}`;
};

describe.each(backends)('tRPC batches on $name', (backend) => {
  let t: TestApp;
  afterEach(() => t.stop());

  it(`answers a batch of ${MAX_TRPC_BATCH} calls and refuses one more with 413`, async () => {
    t = await startTestApp(backend);
    const ok = await t.get(statsBatch(MAX_TRPC_BATCH), t.alice.token);
    expect(ok.status).toBe(200);
    expect(await ok.json()).toHaveLength(MAX_TRPC_BATCH);
    const over = await t.get(statsBatch(MAX_TRPC_BATCH + 1), t.alice.token);
    expect(over.status).toBe(413);
    expect((await over.json()).error.message).toContain(`at most ${MAX_TRPC_BATCH} calls`);
  });

  it('refuses an oversized batch of pushes before applying any of them', async () => {
    t = await startTestApp(backend);
    const n = MAX_TRPC_BATCH + 1;
    const body = Object.fromEntries(
      Array.from({ length: n }, (_, i) => [
        String(i),
        { clientId: `c${i}`, mutations: captures(1, 1, `b${i}`) },
      ]),
    );
    const res = await t.app.request(`/trpc/${Array(n).fill('sync.push').join(',')}?batch=1`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${t.alice.token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    expect(res.status).toBe(413);
    expect((await t.trpc(t.alice.token).sync.pull.query({ cursor: null })).changes).toEqual([]);
  });

  it('counts every call of a batch against the rate limit', async () => {
    t = await startTestApp(backend, { rateLimitPerMinute: 12 });
    expect((await t.get(statsBatch(10), t.alice.token)).status).toBe(200);
    const limited = await t.get(statsBatch(3), t.alice.token);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect((await t.get(statsBatch(2), t.alice.token)).status).toBe(200);
  });
});
