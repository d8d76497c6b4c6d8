// Every route and procedure needs a valid token and shows a user only their own collection.
import { TRPCClientError } from '@trpc/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../__tests__/helpers/app';
import { backends } from '../../__tests__/helpers/backends';
import { captureOf } from '../../__tests__/helpers/factories';

const restRoutes = [
  '/api/v1/readouts',
  '/api/v1/readouts/alice-1',
  '/api/v1/stats',
  '/api/v1/export?format=jsonl',
];

describe.each(backends)('auth and isolation on $name', (backend) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await startTestApp(backend);
    await t.trpc(t.alice.token).sync.push.mutate({
      clientId: 'c1',
      mutations: [captureOf(1, { id: 'alice-1', title: 'Alice only', date: '2024-01-02' })],
    });
  });
  afterEach(() => t.stop());

  it.each(restRoutes)(
    'GET %s answers 401 without a token, with an unknown one and with a revoked one',
    async (path) => {
      expect((await t.get(path)).status).toBe(401);
      expect((await t.get(path, 'rdt_not-a-real-token')).status).toBe(401);
      const identity = await t.storage.authenticate(
        (await import('../../auth/tokens')).hashToken(t.alice.token),
      );
      await t.storage.revokeToken(identity!.tokenId);
      const res = await t.get(path, t.alice.token);
      expect(res.status).toBe(401);
      expect(await res.json()).toEqual({
        error: { code: 'UNAUTHORIZED', message: 'unknown or revoked token' },
      });
    },
  );

  it('answers 401 to every tRPC procedure without a valid token', async () => {
    for (const client of [t.trpc(null), t.trpc('rdt_wrong')]) {
      const calls = [
        () => client.sync.push.mutate({ clientId: 'c9', mutations: [captureOf(1, { id: 'x' })] }),
        () => client.sync.pull.query({ cursor: null }),
        () => client.readouts.list.query({}),
        () => client.readouts.get.query({ id: 'alice-1' }),
        () => client.readouts.stats.query(),
      ];
      for (const call of calls) {
        await expect(call()).rejects.toSatisfy(
          (e) => e instanceof TRPCClientError && e.data?.httpStatus === 401,
        );
      }
    }
  });

  it("answers 404 for another user's readout exactly as for a missing one", async () => {
    const other = await t.get('/api/v1/readouts/alice-1', t.bob.token);
    const missing = await t.get('/api/v1/readouts/nope', t.bob.token);
    expect(other.status).toBe(404);
    expect(missing.status).toBe(404);
    expect((await other.json()).error.code).toBe((await missing.json()).error.code);
    expect((await t.get('/api/v1/readouts/alice-1', t.alice.token)).status).toBe(200);
  });

  it("never lists, counts or exports another user's readouts over REST", async () => {
    expect((await (await t.get('/api/v1/readouts', t.bob.token)).json()).items).toEqual([]);
    expect((await (await t.get('/api/v1/stats', t.bob.token)).json()).total).toBe(0);
    expect(await (await t.get('/api/v1/export?format=jsonl', t.bob.token)).text()).toBe('');
    expect((await (await t.get('/api/v1/readouts', t.alice.token)).json()).items).toHaveLength(1);
  });

  it("never pulls, lists, gets or counts another user's readouts over tRPC", async () => {
    const bob = t.trpc(t.bob.token);
    expect((await bob.sync.pull.query({ cursor: null })).changes).toEqual([]);
    expect((await bob.readouts.list.query({})).items).toEqual([]);
    expect((await bob.readouts.stats.query()).total).toBe(0);
    await expect(bob.readouts.get.query({ id: 'alice-1' })).rejects.toSatisfy(
      (e) => e instanceof TRPCClientError && e.data?.code === 'NOT_FOUND',
    );
    // Bob pushing to the same readout id writes his own record, not Alice's.
    await bob.sync.push.mutate({
      clientId: 'c1',
      mutations: [captureOf(1, { id: 'alice-1', title: 'Bob copy' })],
    });
    const alices = await t.trpc(t.alice.token).readouts.get.query({ id: 'alice-1' });
    expect(alices.title).toBe('Alice only');
  });

  it('serves health and API documentation without a token', async () => {
    expect((await t.get('/healthz')).status).toBe(200);
    const doc = await (await t.get('/api/v1/openapi.json')).json();
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.components.schemas.Readout.$schema).toBeUndefined();
    expect(doc.components.schemas.Readout.properties.user).toBeDefined();
    expect(Object.keys(doc.paths)).toEqual([
      '/readouts',
      '/readouts/{id}',
      '/readouts/{id}/history',
      '/stats',
      '/export',
      '/people',
      '/people/{id}',
      '/me',
    ]);
    const page = await t.get('/api/v1/docs');
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('/api/v1/docs/app.js');
    const script = await t.get('/api/v1/docs/app.js');
    expect(script.headers.get('content-type')).toContain('javascript');
    const css = await t.get('/api/v1/docs/style.css');
    expect(css.status).toBe(200);
    // Offline: nothing is loaded from anywhere but this server.
    for (const text of [html, await script.text(), await css.text()]) {
      expect(text).not.toMatch(/https?:\/\//);
    }
  });
});
