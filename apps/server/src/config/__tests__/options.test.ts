// Server settings from the environment, and CORS patterns from those settings.
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { extensionCors } from '../../http/middleware/cors';
import { serverOptions } from '../options';

describe('server options', () => {
  it('has generous defaults for running locally', () => {
    const options = serverOptions({}, {});
    expect(options).toMatchObject({
      port: 8787,
      host: '127.0.0.1',
      dataDir: './data',
      databaseUrl: undefined,
      corsOrigins: ['chrome-extension://*', 'moz-extension://*'],
      maxBatch: 500,
    });
    expect(options.rateLimitPerMinute).toBeGreaterThanOrEqual(1000);
  });

  it('reads every setting from the environment, and flags override it', () => {
    const env = {
      PORT: '9000',
      DATABASE_URL: 'postgres://x@y/z',
      READOUTS_PG_SCHEMA: 'app',
      READOUTS_CORS_ORIGINS: 'chrome-extension://abc, https://intranet.example',
      READOUTS_BODY_LIMIT: '1000',
      READOUTS_MAX_BATCH: '50',
      READOUTS_RATE_LIMIT: '0',
      READOUTS_LOG: '0',
    };
    expect(serverOptions({ port: 1234 }, env)).toMatchObject({
      port: 1234,
      databaseUrl: 'postgres://x@y/z',
      pgSchema: 'app',
      corsOrigins: ['chrome-extension://abc', 'https://intranet.example'],
      bodyLimitBytes: 1000,
      maxBatch: 50,
      rateLimitPerMinute: 0,
      log: false,
    });
    expect(() => serverOptions({}, { READOUTS_MAX_BATCH: 'lots' })).toThrow(/lots/);
  });

  it('matches CORS patterns within one URL part only', async () => {
    const app = new Hono()
      .use(extensionCors(['chrome-extension://*', 'https://intranet.example']))
      .get('/', (c) => c.text('ok'));
    const allowed = async (origin: string) =>
      (await app.request('/', { headers: { Origin: origin } })).headers.get('access-control-allow-origin');
    expect(await allowed('chrome-extension://abcdef')).toBe('chrome-extension://abcdef');
    expect(await allowed('https://intranet.example')).toBe('https://intranet.example');
    expect(await allowed('https://intranet.example.evil.com')).toBeNull();
    expect(await allowed('chrome-extension://abc/../evil')).toBeNull();
    expect(await allowed('moz-extension://abc')).toBeNull();
  });
});
