// Killing the server process with SIGKILL mid-push loses nothing it acknowledged and leaves no
// half-applied batch; SIGTERM lets in-flight requests finish.
import http from 'node:http';
import type { Mutation } from '@readouts/schema';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createUserWithToken } from '../auth/accounts';
import { type Backend, backends } from './helpers/backends';
import { type ChildServer, spawnServer } from './helpers/child-server';
import { captureOf } from './helpers/factories';
import { trpcClient } from './helpers/trpc-client';

const BATCH = 40;
const batchFor = (clientId: string, batch: number): Mutation[] =>
  Array.from({ length: BATCH }, (_, i) => {
    const id = batch * BATCH + i + 1;
    return captureOf(id, { id: `${clientId}-${id}` }, clientId);
  });

describe.each(backends)('server process crash on $name', (backend) => {
  let store: Awaited<ReturnType<Backend['create']>>;
  let token: string;
  let server: ChildServer | null = null;
  const spawn = () => spawnServer(store.server.dataDir, store.server.env);

  beforeEach(async () => {
    store = await backend.create();
    const storage = await store.open();
    token = (await createUserWithToken(storage, 'alice')).token;
    await storage.close();
  });
  afterEach(async () => {
    if (server && server.child.exitCode === null && server.child.signalCode === null) {
      server.child.kill('SIGKILL');
      await server.exited;
    }
    await store.drop();
  });

  it('keeps every acknowledged mutation and no partial batch after SIGKILL', async () => {
    server = await spawn();
    const client = trpcClient(server.url, token);
    const acked = new Map<string, number>();
    const clientIds = ['k1', 'k2', 'k3', 'k4'];
    let killed = false;
    const writers = clientIds.map(async (clientId) => {
      for (let batch = 0; !killed; batch++) {
        try {
          const { lastMutationId } = await client.sync.push.mutate({
            clientId,
            mutations: batchFor(clientId, batch),
          });
          acked.set(clientId, lastMutationId);
        } catch {
          return;
        }
      }
    });
    await new Promise<void>((resolve) => {
      const check = setInterval(() => {
        const total = [...acked.values()].reduce((a, b) => a + b, 0);
        if (total >= BATCH * 12) {
          clearInterval(check);
          resolve();
        }
      }, 5);
    });
    server.child.kill('SIGKILL');
    killed = true;
    expect((await server.exited).signal).toBe('SIGKILL');
    await Promise.all(writers);

    server = await spawn();
    const after = trpcClient(server.url, token);
    const states = new Map<string, unknown>();
    let cursor: string | null = null;
    for (;;) {
      const page = await after.sync.pull.query({ cursor, limit: 1000 });
      for (const s of page.changes) states.set(s.id, s);
      cursor = page.cursor;
      if (!page.hasMore) break;
    }
    for (const clientId of clientIds) {
      const { lastMutationId = 0 } = await after.sync.pull.query({ cursor, clientId });
      expect(lastMutationId).toBeGreaterThanOrEqual(acked.get(clientId) ?? 0);
      expect(lastMutationId % BATCH, `partial batch for ${clientId}`).toBe(0);
      const stored = [...states.keys()].filter((id) => id.startsWith(`${clientId}-`));
      expect(stored).toHaveLength(lastMutationId);
    }
  });

  it('finishes a request that is in flight on SIGTERM, then exits cleanly', async () => {
    server = await spawn();
    const body = JSON.stringify({ clientId: 't1', mutations: batchFor('t1', 0) });
    const { port } = new URL(server.url);
    const child = server.child;
    // `Expect: 100-continue` lets the test know the server has the request before it sends the body.
    const response = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const request = http.request({
        host: '127.0.0.1',
        port,
        path: '/trpc/sync.push',
        method: 'POST',
        headers: {
          Authorization: `Bearer ${token}`,
          'Content-Type': 'application/json',
          'Content-Length': Buffer.byteLength(body),
          Expect: '100-continue',
        },
      });
      request.on('continue', () => {
        child.kill('SIGTERM');
        setTimeout(() => request.end(body), 200);
      });
      request.on('response', (res) => {
        let text = '';
        res.on('data', (chunk) => {
          text += chunk;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      });
      request.on('error', reject);
    });
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body)).toEqual({ result: { data: { lastMutationId: BATCH } } });
    expect((await server.exited).code).toBe(0);
    const storage = await store.open();
    const user = await storage.findUser('alice');
    expect(await storage.lastMutationId(user!.id, 't1')).toBe(BATCH);
    await storage.close();
  });
});
