// The one table `pnpm bench` prints: a column per backend and size, a row per query (p50 / p95)
// and the sync rates below them, as Markdown so it can be pasted into a README as it is.
import type { FirstAnswers, QueryLatency } from './query';
import type { SyncRates } from './sync';

/** What one backend measured at one size. */
export interface BenchColumn {
  backend: string;
  size: string;
  queries: QueryLatency[];
  first: FirstAnswers;
  sync: SyncRates;
  loadSeconds: number;
}

const ms = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : '–');
const rate = (n: number) => Math.round(n).toLocaleString('en');

/** A query's cell: p50 / p95 in ms, and how many requests failed when any did. */
function latencyCell(q: QueryLatency | undefined): string {
  if (!q) return '–';
  const cell = `${ms(q.p50)} / ${ms(q.p95)}`;
  return q.failed ? `${cell} (${q.failed} failed)` : cell;
}

/** Renders `columns` (in the order given) as one Markdown table. */
export function benchTable(columns: BenchColumn[], clients: number, pushCount: number): string {
  const header = ['', ...columns.map((c) => `${c.backend} ${c.size}`)];
  const rows: string[][] = [];
  const names = columns[0]?.queries.map((q) => q.name) ?? [];
  for (const name of names)
    rows.push([
      `${name}, p50 / p95 ms`,
      ...columns.map((c) => latencyCell(c.queries.find((q) => q.name === name))),
    ]);
  rows.push(['first listing after a restart, ms', ...columns.map((c) => ms(c.first.afterStartMs))]);
  rows.push(['listing right after an edit, ms', ...columns.map((c) => ms(c.first.afterEditMs))]);
  const syncRow = (label: string, value: (s: SyncRates) => string) =>
    rows.push([label, ...columns.map((c) => value(c.sync))]);
  syncRow(`push ${pushCount.toLocaleString('en')} over HTTP, /s`, (s) => rate(s.push));
  syncRow('raw batched insert, rows/s', (s) => rate(s.raw));
  syncRow('**push / raw**', (s) => (s.push / s.raw).toFixed(2));
  syncRow('storage push alone / raw', (s) => (s.storagePush / s.raw).toFixed(2));
  syncRow(`full pull of ${pushCount.toLocaleString('en')}, records/s`, (s) => rate(s.pull));
  rows.push(['load (storage push), s', ...columns.map((c) => c.loadSeconds.toFixed(0))]);
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [
    `Queries: ${clients} concurrent clients against \`readouts serve\`; sizes are readouts in total (users × readouts each, the queries asked as one of them).`,
    '',
    line(header),
    line(header.map(() => '---')),
    ...rows.map(line),
  ].join('\n');
}
