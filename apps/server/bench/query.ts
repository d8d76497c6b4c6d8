// Query latency under concurrent clients: autocannon against `readouts serve` in a child process,
// as the server runs for real (its reader threads, its own event loop).
import autocannon from 'autocannon';
import { spawnServer } from '../src/__tests__/helpers/child-server';
import type { BenchStore } from './stores';

/** The queries of the table, each a request the collection page or an API client makes. */
export const QUERIES: Array<[string, string]> = [
  ['filter: country', '/api/v1/readouts?country=KR&limit=20'],
  ['filter: tag', '/api/v1/readouts?tag=g7&limit=20'],
  ['filter: participant', `/api/v1/readouts?participant=${encodeURIComponent('Leader KR 12')}&limit=20`],
  ['filter: topic', '/api/v1/readouts?topic=energy&limit=20'],
  ['full text (en)', '/api/v1/readouts?q=maritime%20security&limit=20'],
  ['full text (ja)', `/api/v1/readouts?q=${encodeURIComponent('海洋安全保障')}&limit=20`],
  ['full text + filter', '/api/v1/readouts?q=energy&country=IN&limit=20'],
  ['stats', '/api/v1/stats'],
];

/** Latency of one query: percentiles of the answered (200) requests. */
export interface QueryLatency {
  name: string;
  p50: number;
  p95: number;
  requests: number;
  /** Requests answered with anything but 200, and transport errors. */
  failed: number;
}

/** One request's latency at the moments a user meets alone: after a restart, and after an edit. */
export interface FirstAnswers {
  /** The first listing after the server starts (the user's pair index is built for it). */
  afterStartMs: number;
  /** A listing right after a PATCH of one readout's star, median of 5 (the index catches up). */
  afterEditMs: number;
}

/** Requests sent before each query is timed, so its statements and pages are warm. */
const WARM_UP = 50;

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;

/** Runs every query of QUERIES as the user of `token` with `connections` clients for `seconds` each. */
export async function benchQueries(
  store: BenchStore,
  token: string,
  connections: number,
  seconds: number,
): Promise<{ latencies: QueryLatency[]; first: FirstAnswers }> {
  const server = await spawnServer(store.server.dataDir, { ...store.server.env, READOUTS_RATE_LIMIT: '0' });
  const headers = { authorization: `Bearer ${token}` };
  const out: QueryLatency[] = [];
  let first: FirstAnswers;
  try {
    first = await firstAnswers(server.url, headers);
    for (const [name, path] of QUERIES) {
      await autocannon({ url: `${server.url}${path}`, connections, amount: WARM_UP, headers });
      const latencies: number[] = [];
      const instance = autocannon({ url: `${server.url}${path}`, connections, duration: seconds, headers });
      instance.on('response', (_c, status, _b, ms) => {
        if (status === 200) latencies.push(ms);
      });
      const result = await instance;
      latencies.sort((a, b) => a - b);
      out.push({
        name,
        p50: percentile(latencies, 50),
        p95: percentile(latencies, 95),
        requests: latencies.length,
        failed: result.non2xx + result.errors,
      });
    }
  } finally {
    server.child.kill('SIGTERM');
    await server.exited;
  }
  return { latencies: out, first };
}

/** Times one listing request; throws unless it is answered 200. */
async function timedListing(url: string, headers: Record<string, string>): Promise<number> {
  const start = performance.now();
  const res = await fetch(`${url}/api/v1/readouts?limit=20`, { headers });
  await res.arrayBuffer();
  if (!res.ok) throw new Error(`listing answered ${res.status}`);
  return performance.now() - start;
}

async function firstAnswers(url: string, headers: Record<string, string>): Promise<FirstAnswers> {
  const afterStartMs = await timedListing(url, headers);
  const listed = (await (await fetch(`${url}/api/v1/readouts?limit=5`, { headers })).json()) as {
    items: Array<{ id: string; user: { starred: boolean } }>;
  };
  const times: number[] = [];
  for (const [n, readout] of listed.items.entries()) {
    const res = await fetch(`${url}/api/v1/readouts/${encodeURIComponent(readout.id)}`, {
      method: 'PATCH',
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify({ starred: !readout.user.starred }),
    });
    const answer = await res.text();
    if (!res.ok) throw new Error(`PATCH answered ${res.status}: ${answer}`);
    times.push(await timedListing(url, headers));
    if (n === 4) break;
  }
  times.sort((a, b) => a - b);
  return { afterStartMs, afterEditMs: times[Math.floor(times.length / 2)] ?? Number.NaN };
}
