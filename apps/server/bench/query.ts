// Query latency under concurrent clients: autocannon against `readouts serve` in a child process.
import autocannon from 'autocannon';
import { spawnServer } from '../src/__tests__/helpers/child-server';
import { createUserWithToken } from '../src/auth/accounts';
import { applyToRecord } from '../src/sync/reducer';
import { benchCaptures, random } from './data';
import type { BenchStore } from './stores';

const SCENARIOS: Array<[string, string]> = [
  ['filter country+format', '/api/v1/readouts?country=KR&format=summit&limit=20'],
  ['filter date range+lang', '/api/v1/readouts?from=2010-01-01&to=2012-12-31&lang=en&limit=20'],
  ['full text (en)', '/api/v1/readouts?q=maritime%20security&limit=20'],
  ['full text (ja)', `/api/v1/readouts?q=${encodeURIComponent('海洋安全保障')}&limit=20`],
  ['full text + filter', `/api/v1/readouts?q=energy&country=IN&limit=20`],
];

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

/** Loads `count` readouts, then runs each scenario with `connections` clients for `seconds`. */
export async function benchQueries(
  store: BenchStore,
  count: number,
  connections: number,
  seconds: number,
): Promise<void> {
  const { user, token } = await createUserWithToken(store.storage, 'query-bench');
  const rand = random(2);
  let start = performance.now();
  for (let i = 0; i < count; i += 500) {
    await store.storage.push(
      user.id,
      'loader',
      benchCaptures(i, Math.min(count, i + 500), 'loader', rand),
      applyToRecord,
    );
  }
  console.log(
    `[${store.name}] loaded ${count} readouts in ${((performance.now() - start) / 1000).toFixed(1)} s`,
  );
  // The server runs in its own process so autocannon does not share its event loop.
  const server = await spawnServer(store.server.dataDir, { ...store.server.env, READOUTS_RATE_LIMIT: '0' });

  for (const [name, path] of SCENARIOS) {
    const latencies: number[] = [];
    start = performance.now();
    const instance = autocannon({
      url: `${server.url}${path}`,
      connections,
      duration: seconds,
      headers: { authorization: `Bearer ${token}` },
    });
    instance.on('response', (_c, status, _b, ms) => {
      if (status === 200) latencies.push(ms);
    });
    const result = await instance;
    latencies.sort((a, b) => a - b);
    console.log(
      `[${store.name}] ${name.padEnd(24)} ${connections} clients: p50 ${percentile(latencies, 50).toFixed(1)} ms, p95 ${percentile(latencies, 95).toFixed(1)} ms, ${result.requests.average.toFixed(0)} req/s, non-2xx ${result.non2xx}`,
    );
  }
  server.child.kill('SIGTERM');
  await server.exited;
}
