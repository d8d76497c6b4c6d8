// `pnpm bench:decisions`: what decisions sync costs the server. A device's first round sending
// many pair decisions (1000 per request, the cap), then the round every device makes when nothing
// changed (an empty request from its cursor), through the real app and tRPC.
import { createTRPCClient, httpLink } from '@trpc/client';
import { testOptions } from '../src/__tests__/helpers/app';
import { createUserWithToken } from '../src/auth/accounts';
import { createApp } from '../src/http/app';
import type { AppRouter } from '../src/root';
import { type BenchStore, benchPgUrl, pgStore, sqliteStore } from './stores';

const COUNT = Number(process.env.READOUTS_BENCH_DECISIONS ?? 20_000);
const IDLE_ROUNDS = 200;

const stamp = (ms: number) => `${String(ms).padStart(15, '0')}-00000-bench`;

async function run(store: BenchStore): Promise<void> {
  const { token } = await createUserWithToken(store.storage, 'decisions-bench');
  const app = createApp(store.storage, { ...testOptions, bodyLimitBytes: 8 * 1024 * 1024 });
  const client = createTRPCClient<AppRouter>({
    links: [
      httpLink({
        url: 'http://localhost/trpc',
        fetch: async (url, init) => app.request(String(url), init as RequestInit),
        headers: { Authorization: `Bearer ${token}` },
      }),
    ],
  });
  const base = Date.now() - COUNT;
  let cursor: number | null = null;
  const start = performance.now();
  for (let i = 0; i < COUNT; i += 1000) {
    const pairs = Array.from({ length: Math.min(1000, COUNT - i) }, (_, k) => ({
      en: `en-${i + k}`,
      ja: `ja-${i + k}`,
      action: 'join' as const,
      hlc: stamp(base + i + k),
    }));
    cursor = (await client.decisions.sync.mutate({ cursor, pairs, limit: 1000 })).cursor;
  }
  const sendMs = performance.now() - start;
  const pullStart = performance.now();
  let pulled = 0;
  for (let from: number | null = null; ; ) {
    const page: { pairs: unknown[]; cursor: number; hasMore: boolean } = await client.decisions.sync.mutate({
      cursor: from,
      limit: 1000,
    });
    pulled += page.pairs.length;
    from = page.cursor;
    if (!page.hasMore) break;
  }
  const pullMs = performance.now() - pullStart;
  const idle: number[] = [];
  for (let i = 0; i < IDLE_ROUNDS; i++) {
    const t0 = performance.now();
    await client.decisions.sync.mutate({ cursor });
    idle.push(performance.now() - t0);
  }
  idle.sort((a, b) => a - b);
  const rate = (n: number, ms: number) => `${Math.round((n / ms) * 1000)}/s`;
  console.log(`[${store.name}] ${COUNT} pair decisions`);
  console.log(
    `[${store.name}]   sent and merged, 1000 a request: ${sendMs.toFixed(0)} ms (${rate(COUNT, sendMs)})`,
  );
  console.log(
    `[${store.name}]   pulled by a new device, pages of 1000: ${pullMs.toFixed(0)} ms (${rate(pulled, pullMs)})`,
  );
  console.log(
    `[${store.name}]   a round with nothing new: p50 ${idle[IDLE_ROUNDS / 2]!.toFixed(2)} ms, p99 ${idle[Math.floor(IDLE_ROUNDS * 0.99)]!.toFixed(2)} ms`,
  );
}

for (const open of [sqliteStore, ...(benchPgUrl() ? [() => pgStore(benchPgUrl()!)] : [])]) {
  const store = await open();
  try {
    await run(store);
  } finally {
    await store.drop();
  }
}
