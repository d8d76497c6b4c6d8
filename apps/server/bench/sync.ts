// Push and pull throughput through a real listening server, next to the database's raw insert rate.

import { listen } from '../src/__tests__/helpers/listen';
import { trpcClient } from '../src/__tests__/helpers/trpc-client';
import { createUserWithToken } from '../src/auth/accounts';
import { createApp } from '../src/http/app';
import { applyToRecord } from '../src/sync/reducer';
import { benchCaptures, random } from './data';
import type { BenchStore } from './stores';

const BATCH = 500;
const appOptions = {
  corsOrigins: [],
  bodyLimitBytes: 64 * 1024 * 1024,
  maxBatch: BATCH,
  rateLimitPerMinute: 0,
};

/** Rates of one sync run, per second; `raw` is the database's own batched insert of the same rows. */
export interface SyncRates {
  push: number;
  /** Push through the storage layer alone: merge, columns, search index, no HTTP or validation. */
  storagePush: number;
  raw: number;
  pull: number;
  /** The same pull with responses read but not parsed: the server's share. */
  unparsedPull: number;
}

/**
 * Pushes `count` captures in batches of 500 as a new user, then pulls them all as a new client;
 * measured in whatever the store already holds, so the rates are those of a database that size.
 */
export async function benchSync(store: BenchStore, count: number): Promise<SyncRates> {
  const { token } = await createUserWithToken(store.storage, 'bench');
  const server = await listen(createApp(store.storage, appOptions));
  const client = trpcClient(server.url, token);
  const mutations = benchCaptures(0, count, 'bench', random(1));
  let start = performance.now();
  for (let i = 0; i < count; i += BATCH) {
    await client.sync.push.mutate({ clientId: 'bench', mutations: mutations.slice(i, i + BATCH) });
  }
  const pushRate = count / ((performance.now() - start) / 1000);

  start = performance.now();
  let cursor: string | null = null;
  let pulled = 0;
  for (;;) {
    const page = await client.sync.pull.query({ cursor, limit: 1000, clientId: 'fresh' });
    pulled += page.changes.length;
    cursor = page.cursor;
    if (!page.hasMore) break;
  }
  const pullSeconds = (performance.now() - start) / 1000;

  // The same pull by a client that reads each response but leaves its JSON unparsed (it takes the
  // next cursor from the end of the body): the server's share, since the tRPC client above parses
  // every page in this same process between one request and the next. It runs second, so warmer.
  start = performance.now();
  let rawCursor: string | null = null;
  for (;;) {
    const input = encodeURIComponent(JSON.stringify({ cursor: rawCursor, limit: 1000, clientId: 'fresh' }));
    const res = await fetch(`${server.url}/trpc/sync.pull?input=${input}`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    const body = Buffer.from(await res.arrayBuffer());
    const tail = /"cursor":"(\d+)","hasMore":(true|false)(,"lastMutationId":\d+)?\}\}\}$/.exec(
      body.subarray(-200).toString(),
    );
    if (!res.ok || !tail) throw new Error(`pull answered ${res.status}`);
    rawCursor = tail[1]!;
    if (tail[2] === 'false') break;
  }
  const rawPullSeconds = (performance.now() - start) / 1000;
  if (rawCursor !== cursor) throw new Error('the unparsed pull ended elsewhere');
  await server.close();

  const direct = await createUserWithToken(store.storage, 'bench-direct');
  start = performance.now();
  for (let i = 0; i < count; i += BATCH) {
    await store.storage.push(direct.user.id, 'bench', mutations.slice(i, i + BATCH), applyToRecord);
  }
  const directRate = count / ((performance.now() - start) / 1000);

  const raw = mutations.map((m) => [m.readoutId, JSON.stringify(m)] as [string, string]);
  const rawRate = await store.rawInsertRate(raw, BATCH);
  return {
    push: pushRate,
    storagePush: directRate,
    raw: rawRate,
    pull: pulled / pullSeconds,
    unparsedPull: pulled / rawPullSeconds,
  };
}
