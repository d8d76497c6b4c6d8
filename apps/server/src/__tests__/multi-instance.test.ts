// Two server instances on one PostgreSQL database: concurrent writers through both, a reader
// pulling incrementally through both, and no change ever skipped by a cursor.
import { canonicalJson } from '@readouts/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../http/app';
import type { Storage } from '../storage/types';
import { testOptions } from './helpers/app';
import { backends } from './helpers/backends';
import { captureOf, fakeUser, nextHlc } from './helpers/factories';
import { listen } from './helpers/listen';
import { trpcClient } from './helpers/trpc-client';

const postgres = backends.filter((b) => b.name === 'postgres');

describe.each(postgres)('two server instances on one $name', (backend) => {
  let storages: Storage[];
  let servers: Array<{ url: string; close: () => Promise<void> }>;
  let drop: () => Promise<void>;
  let token: string;

  beforeAll(async () => {
    const created = await backend.create();
    drop = created.drop;
    storages = [await created.open(), await created.open()];
    token = (await fakeUser(storages[0]!, 'alice')).token;
    servers = await Promise.all(storages.map((s) => listen(createApp(s, testOptions))));
  });
  afterAll(async () => {
    await Promise.all(servers.map((s) => s.close()));
    await Promise.all(storages.map((s) => s.close()));
    await drop();
  });

  it('gives an incremental reader every change made by concurrent writers on both instances', async () => {
    const clients = servers.map((s) => trpcClient(s.url, token));
    const writers = ['w1', 'w2', 'w3', 'w4'].map(async (clientId, w) => {
      let id = 0;
      for (let round = 0; round < 15; round++) {
        const client = clients[(w + round) % 2]!;
        const mutations = Array.from({ length: 5 }, (_, i) => {
          const readoutId = `shared-${(round * 5 + i) % 12}`;
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
      let turn = 0;
      while (!done) {
        const page = await clients[turn++ % 2]!.sync.pull.query({ cursor, limit: 7 });
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
    const user = await storages[1]!.findUser('alice');
    const last = await Promise.all(
      ['w1', 'w2', 'w3', 'w4'].map((c) => storages[1]!.lastMutationId(user!.id, c)),
    );
    expect(last).toEqual([75, 75, 75, 75]);
  });
});
