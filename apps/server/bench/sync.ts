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

/** Pushes `count` captures in batches of 500, then pulls them all as a new client; prints rates. */
export async function benchSync(store: BenchStore, count: number): Promise<void> {
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
  await server.close();

  const direct = await createUserWithToken(store.storage, 'bench-direct');
  start = performance.now();
  for (let i = 0; i < count; i += BATCH) {
    await store.storage.push(direct.user.id, 'bench', mutations.slice(i, i + BATCH), applyToRecord);
  }
  const directRate = count / ((performance.now() - start) / 1000);

  const raw = mutations.map((m) => [m.readoutId, JSON.stringify(m)] as [string, string]);
  const rawRate = await store.rawInsertRate(raw, BATCH);
  console.log(
    `[${store.name}] push ${count} readouts: ${pushRate.toFixed(0)} mutations/s over HTTP; raw batched insert ${rawRate.toFixed(0)} rows/s; push/raw ${(pushRate / rawRate).toFixed(2)}`,
  );
  console.log(
    `[${store.name}] push through the storage layer alone (merge, columns, search index, no HTTP/validation): ${directRate.toFixed(0)} mutations/s; storage/raw ${(directRate / rawRate).toFixed(2)}`,
  );
  console.log(
    `[${store.name}] full pull by a new client: ${pulled} records in ${pullSeconds.toFixed(2)} s (${(pulled / pullSeconds).toFixed(0)} records/s); pull/raw ${(pulled / pullSeconds / rawRate).toFixed(2)}`,
  );
}
