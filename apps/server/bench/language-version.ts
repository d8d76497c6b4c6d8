// `pnpm bench:language-version`: what `languageVersion` costs the REST listing. The same listing
// queries are timed straight from storage (no languageVersion), through REST with the user's pairs
// cached, and through REST right after a write (the pairs recomputed over the whole collection).

import { testOptions } from '../src/__tests__/helpers/app';
import { createUserWithToken } from '../src/auth/accounts';
import { createApp } from '../src/http/app';
import { ListQuery } from '../src/openapi/params';
import { applyToRecord } from '../src/sync/reducer';
import { benchCaptures, random } from './data';
import { type BenchStore, benchPgUrl, pgStore, sqliteStore } from './stores';

const COUNT = Number(process.env.READOUTS_BENCH_PAIRS ?? 10_000);
const ROUNDS = Number(process.env.READOUTS_BENCH_ROUNDS ?? 200);
const COLD_ROUNDS = 5;

const QUERIES = [
  'country=KR&limit=20',
  'from=2010-01-01&to=2012-12-31&lang=en&limit=20',
  'q=maritime%20security&limit=20',
  'limit=50',
];

const ms = (samples: number[]) => {
  const sorted = [...samples].sort((a, b) => a - b);
  const mean = samples.reduce((s, x) => s + x, 0) / samples.length;
  const p = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return `mean ${mean.toFixed(2)} ms, p50 ${p(0.5).toFixed(2)} ms, p99 ${p(0.99).toFixed(2)} ms`;
};

async function time(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

async function run(store: BenchStore): Promise<void> {
  const { user, token } = await createUserWithToken(store.storage, 'pairs-bench');
  const rand = random(3);
  for (let i = 0; i < COUNT; i += 500)
    await store.storage.push(
      user.id,
      'loader',
      benchCaptures(i, Math.min(COUNT, i + 500), 'loader', rand),
      applyToRecord,
    );
  const app = createApp(store.storage, testOptions);
  const rest = async (query: string) => {
    const res = await app.request(`/api/v1/readouts?${query}`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    if (res.status !== 200) throw new Error(`${query}: ${res.status}`);
    await res.arrayBuffer();
  };
  const direct = async (query: string) =>
    store.storage.listReadouts(user.id, ListQuery.parse(Object.fromEntries(new URLSearchParams(query))));
  const rounds = (fn: (q: string) => Promise<unknown>) =>
    Promise.resolve().then(async () => {
      const samples: number[] = [];
      for (let i = 0; i < ROUNDS; i++) samples.push(await time(() => fn(QUERIES[i % QUERIES.length]!)));
      return samples;
    });

  await rest(QUERIES[0]!); // fills the cache
  const storageOnly = await rounds(direct);
  const cached = await rounds(rest);
  const cold: number[] = [];
  for (let i = 0; i < COLD_ROUNDS; i++) {
    // A write moves the change head: the next listing pairs the whole collection again.
    await store.storage.push(
      user.id,
      'writer',
      [{ ...benchCaptures(i, i + 1, 'writer', rand)[0]!, id: i + 1 }],
      applyToRecord,
    );
    cold.push(await time(() => rest(QUERIES[0]!)));
  }
  console.log(`[${store.name}] ${COUNT} readouts, ${ROUNDS} listing queries each`);
  console.log(`[${store.name}]   storage.listReadouts (no languageVersion): ${ms(storageOnly)}`);
  console.log(`[${store.name}]   GET /api/v1/readouts, pairs cached:        ${ms(cached)}`);
  console.log(`[${store.name}]   GET /api/v1/readouts after a write:        ${ms(cold)}`);
}

for (const open of [sqliteStore, ...(benchPgUrl() ? [() => pgStore(benchPgUrl()!)] : [])]) {
  const store = await open();
  try {
    await run(store);
  } finally {
    await store.drop();
  }
}
