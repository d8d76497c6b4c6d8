// `pnpm bench`: query latency (p50 / p95 under 10 concurrent clients) and sync rates at each size,
// on SQLite and on PostgreSQL when DATABASE_URL or TEST_DATABASE_URL is set, printed as one table.
//   --sizes 10k,100k,1m   sizes in readouts in total (default 10k,100k; READOUTS_BENCH_SIZES)
//   --seconds N           seconds per query (default 5; READOUTS_BENCH_SECONDS)
// READOUTS_BENCH_SYNC: captures pushed and pulled at each size (default 10,000).
import { parseArgs } from 'node:util';
import { loadSize } from './load';
import { benchQueries } from './query';
import { type BenchSize, benchSizes } from './sizes';
import { type BenchStore, benchPgUrl, pgStore, sqliteStore } from './stores';
import { benchSync } from './sync';
import { type BenchColumn, benchTable } from './table';

const CLIENTS = 10;
const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: process.env.READOUTS_BENCH_SIZES ?? '10k,100k' },
    seconds: { type: 'string', default: process.env.READOUTS_BENCH_SECONDS ?? '5' },
  },
  // `pnpm bench -- --sizes …` hands the script a lone `--` first.
  allowPositionals: true,
});
const sizes = benchSizes(values.sizes);
const seconds = Number(values.seconds);
const pushCount = Number(process.env.READOUTS_BENCH_SYNC ?? 10_000);
if (!(seconds > 0)) throw new Error(`--seconds must be a positive number, not ${values.seconds}`);

/** One column: a fresh store loaded to `size`, its queries, then a sync run in it. */
async function column(open: () => Promise<BenchStore>, size: BenchSize): Promise<BenchColumn> {
  const store = await open();
  try {
    const loaded = await loadSize(store, size);
    // Restarted as a server would be: the statistics refresh after the load is done.
    await store.reopen();
    const tag = `[${store.name} ${size.name}]`;
    console.error(
      `${tag} loaded ${size.total.toLocaleString('en')} readouts in ${loaded.seconds.toFixed(0)} s`,
    );
    const { latencies: queries, first } = await benchQueries(store, loaded.token, CLIENTS, seconds);
    console.error(`${tag} queries done`);
    const sync = await benchSync(store, pushCount);
    return { backend: store.name, size: size.name, queries, first, sync, loadSeconds: loaded.seconds };
  } finally {
    await store.drop();
  }
}

const started = performance.now();
const backends: Array<() => Promise<BenchStore>> = [sqliteStore];
const url = benchPgUrl();
if (url) backends.push(() => pgStore(url));
else console.error('[postgres] skipped: set DATABASE_URL or TEST_DATABASE_URL');
const columns: BenchColumn[] = [];
for (const open of backends) for (const size of sizes) columns.push(await column(open, size));
console.log(
  `Sizes: ${sizes.map((s) => `${s.name} = ${s.users} user${s.users > 1 ? 's' : ''} × ${s.measured.toLocaleString('en')}`).join(', ')}.`,
);
console.log(benchTable(columns, CLIENTS, pushCount));
console.log(`bench finished in ${((performance.now() - started) / 1000).toFixed(0)} s`);
