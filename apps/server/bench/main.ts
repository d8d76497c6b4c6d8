// `pnpm bench`: sync throughput (10,000 readouts) and query latency (100,000 readouts) on SQLite,
// and on PostgreSQL when DATABASE_URL or TEST_DATABASE_URL is set.
import { benchQueries } from './query';
import { type BenchStore, benchPgUrl, pgStore, sqliteStore } from './stores';
import { benchSync } from './sync';

const SYNC_COUNT = Number(process.env.READOUTS_BENCH_SYNC ?? 10_000);
const QUERY_COUNT = Number(process.env.READOUTS_BENCH_QUERY ?? 100_000);
const SECONDS = Number(process.env.READOUTS_BENCH_SECONDS ?? 5);

async function run(open: () => Promise<BenchStore>): Promise<void> {
  let store = await open();
  try {
    await benchSync(store, SYNC_COUNT);
  } finally {
    await store.drop();
  }
  store = await open();
  try {
    await benchQueries(store, QUERY_COUNT, 10, SECONDS);
  } finally {
    await store.drop();
  }
}

const started = performance.now();
await run(sqliteStore);
const url = benchPgUrl();
if (url) await run(() => pgStore(url));
else console.log('[postgres] skipped: set DATABASE_URL or TEST_DATABASE_URL');
console.log(`bench finished in ${((performance.now() - started) / 1000).toFixed(0)} s`);
