// Bad input, body size, rate limits and CORS at the HTTP edge.
import { afterEach, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../__tests__/helpers/app';
import { backends } from '../../__tests__/helpers/backends';

describe.each(backends)('HTTP limits on $name', (backend) => {
  let t: TestApp;
  afterEach(() => t.stop());

  it('answers invalid query parameters with 400 JSON naming the field', async () => {
    t = await startTestApp(backend);
    for (const query of [
      'sort=bad',
      'limit=0',
      'limit=100000',
      'from=2024-13',
      'country=Japan',
      'format=x',
      'unknown=1',
    ]) {
      const res = await t.get(`/api/v1/readouts?${query}`, t.alice.token);
      expect(res.status, query).toBe(400);
      const body = await res.json();
      expect(body.error.code).toBe('BAD_REQUEST');
      expect(body.error.issues[0].path.length).toBeGreaterThan(0);
    }
    expect((await t.get('/api/v1/readouts?cursor=garbage', t.alice.token)).status).toBe(400);
    expect((await t.get('/api/v1/export?format=xml', t.alice.token)).status).toBe(400);
  });

  it('answers bodies over the size limit with 413', async () => {
    t = await startTestApp(backend, { bodyLimitBytes: 1000 });
    const res = await t.app.request('/trpc/sync.push', {
      method: 'POST',
      headers: { Authorization: `Bearer ${t.alice.token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ clientId: 'c1', mutations: [], padding: 'x'.repeat(2000) }),
    });
    expect(res.status).toBe(413);
    expect((await res.json()).error.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('rate-limits each token separately with 429 and Retry-After', async () => {
    t = await startTestApp(backend, { rateLimitPerMinute: 3 });
    for (let i = 0; i < 3; i++) expect((await t.get('/api/v1/stats', t.alice.token)).status).toBe(200);
    const limited = await t.get('/api/v1/stats', t.alice.token);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect((await t.get('/api/v1/stats', t.bob.token)).status).toBe(200);
  });

  it('allows CORS for extension origins only', async () => {
    t = await startTestApp(backend);
    const ext = await t.get('/api/v1/stats', t.alice.token, {
      Origin: 'chrome-extension://abcdefghijklmnop',
    });
    expect(ext.headers.get('access-control-allow-origin')).toBe('chrome-extension://abcdefghijklmnop');
    const moz = await t.get('/api/v1/stats', t.alice.token, { Origin: 'moz-extension://1234-5678' });
    expect(moz.headers.get('access-control-allow-origin')).toBe('moz-extension://1234-5678');
    const web = await t.get('/api/v1/stats', t.alice.token, { Origin: 'https://evil.example' });
    expect(web.headers.get('access-control-allow-origin')).toBeNull();
    const preflight = await t.app.request('/trpc/sync.push', {
      method: 'OPTIONS',
      headers: {
        Origin: 'chrome-extension://abc',
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'authorization,content-type',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('authorization');
  });

  it('answers unknown routes with a JSON 404', async () => {
    t = await startTestApp(backend);
    const res = await t.get('/nope');
    expect(res.status).toBe(404);
    expect((await res.json()).error.code).toBe('NOT_FOUND');
  });
});
