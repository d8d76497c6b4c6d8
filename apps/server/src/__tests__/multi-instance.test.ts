// Two `readouts serve` processes on one PostgreSQL database: concurrent writers through both, a
// reader pulling incrementally through both, and no change ever skipped by a cursor.
import { canonicalJson } from '@readouts/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Storage } from '../storage/types';
import { backends } from './helpers/backends';
import { type ChildServer, spawnServer } from './helpers/child-server';
import { captureOf, fakeUser, nextHlc } from './helpers/factories';
import { trpcClient } from './helpers/trpc-client';

const postgres = backends.filter((b) => b.name === 'postgres');
const WRITERS = ['w1', 'w2', 'w3', 'w4'];
const ROUNDS = 15;
const PER_ROUND = 5;

describe.each(postgres)('two server processes on one $name', (backend) => {
  let storage: Storage;
  let servers: ChildServer[];
  let drop: () => Promise<void>;
  let token: string;

  beforeAll(async () => {
    const created = await backend.create();
    drop = created.drop;
    storage = await created.open();
    token = (await fakeUser(storage, 'alice')).token;
    servers = await Promise.all([1, 2].map(() => spawnServer(created.server.dataDir, created.server.env)));
  });
  afterAll(async () => {
    for (const s of servers) s.child.kill('SIGTERM');
    await Promise.all(servers.map((s) => s.exited));
    await storage.close();
    await drop();
  });

  it('gives an incremental reader every change made by concurrent writers on both', async () => {
    const clients = servers.map((s) => trpcClient(s.url, token));
    const writers = WRITERS.map(async (clientId, w) => {
      let id = 0;
      for (let round = 0; round < ROUNDS; round++) {
        const client = clients[(w + round) % 2]!;
        const mutations = Array.from({ length: PER_ROUND }, (_, i) => {
          const readoutId = `shared-${(round * PER_ROUND + i) % 12}`;
          return i % 2 === 0
            ? captureOf(++id, { id: readoutId, title: `${clientId} round ${round}` }, clientId)
            : {
                id: ++id,
                readoutId,
                hlc: nextHlc(clientId),
                type: 'setTags' as const,
                add: [`${clientId}-${round}`],
                remove: [],
              };
        });
        await client.sync.push.mutate({ clientId, mutations });
      }
    });
    const seen = new Map<string, string>();
    let cursor: string | null = null;
    let done = false;
    const reader = (async () => {
      for (let turn = 0; !done; turn++) {
        const page = await clients[turn % 2]!.sync.pull.query({ cursor, limit: 7 });
        for (const state of page.changes) seen.set(state.id, canonicalJson(state));
        cursor = page.cursor;
      }
    })();
    await Promise.all(writers);
    done = true;
    await reader;
    for (;;) {
      const page = await clients[0]!.sync.pull.query({ cursor, limit: 50 });
      for (const state of page.changes) seen.set(state.id, canonicalJson(state));
      cursor = page.cursor;
      if (!page.hasMore) break;
    }
    const fresh = await clients[1]!.sync.pull.query({ cursor: null, limit: 1000 });
    expect(fresh.changes).toHaveLength(12);
    for (const state of fresh.changes) expect(seen.get(state.id), state.id).toBe(canonicalJson(state));
    const user = await storage.findUser('alice');
    const last = await Promise.all(WRITERS.map((c) => storage.lastMutationId(user!.id, c)));
    expect(last).toEqual(WRITERS.map(() => ROUNDS * PER_ROUND));
  });
});
