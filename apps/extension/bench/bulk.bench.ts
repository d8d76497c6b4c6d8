// Bulk capture throughput: the background's runner over real-skeleton MOFA pages (the dev set,
// each at an address of its own), parsed with a DOMParser as the offscreen document does and saved
// through the collection's repository into IndexedDB (fake-indexeddb here), with the site answering
// at once. Prints pages per minute with no delay and at the default politeness (1 s apart), and the
// heap growth over the no-delay run. Real Chromium adds the fetch and the message to the offscreen
// document per page (tests/browser/bulk.test.ts).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, bench, describe } from 'vitest';
import { extractHtml } from '../utils/bulk/offscreen-protocol';
import { createBulkRunner } from '../utils/bulk/runner';
import { MIN_SPACING_MS } from '../utils/bulk/settings';
import { closeDb, getDb } from '../utils/db/open';
import { ReadoutRepository } from '../utils/db/readouts';

const real = path.resolve(import.meta.dirname, '../../../packages/extract/eval/dev/real');
const bases = readFileSync(path.join(real, 'labels.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line) as { file: string; kind: string; lang: string })
  .filter((label) => label.kind === 'readout')
  .map((label) => ({ lang: label.lang, html: readFileSync(path.join(real, label.file), 'utf8') }));

let run = 0;
/** `count` pages at fresh addresses (so every run captures new readouts). */
function site(count: number): Map<string, string> {
  run += 1;
  const pages = new Map<string, string>();
  for (let k = 0; k < count; k++) {
    const base = bases[k % bases.length]!;
    const url = `https://www.mofa.go.jp/${base.lang === 'ja' ? 'mofaj/' : ''}press/release/press${run}_${String(k).padStart(6, '0')}.html`;
    pages.set(url, base.html.replace(/(<meta property="og:url" content=")[^"]*"/, `$1${url}"`));
  }
  return pages;
}

/** Runs one queue of `count` pages to the end; answers the wall time it took. */
async function capture(count: number, spacingMs: number): Promise<number> {
  const pages = site(count);
  const repository = new ReadoutRepository(await getDb(), { deviceId: 'bench' });
  let stored: unknown = null;
  const started = performance.now();
  await new Promise<void>((resolve, reject) => {
    const runner = createBulkRunner({
      now: () => Date.now(),
      load: async () => null,
      save: async (state) => {
        stored = state;
      },
      fetchPage: async (url) => ({ status: 200, retryAfter: null, html: pages.get(url) ?? null }),
      extract: async (html, url) => extractHtml(html, url),
      capture: async (content) => {
        await repository.saveCapture(content);
      },
      spacingMs: async () => spacingMs,
      wake: (at) => {
        if (at === null) resolve();
        else setTimeout(() => void runner.tick().catch(reject), Math.max(0, at - Date.now()));
      },
    });
    void runner.enqueue([...pages.keys()], new Set()).catch(reject);
  });
  if (!stored) throw new Error('the queue never ran');
  return performance.now() - started;
}

const perMinute = (pages: number, ms: number) => Math.round((pages / ms) * 60_000);
/** Printed at once: vitest's bench table shows runs per second, not pages per minute. */
const report = (line: string) => process.stderr.write(`bulk capture, ${line}\n`);

describe('bulk capture', () => {
  bench(
    '200 pages, no delay',
    async () => {
      const heapBefore = process.memoryUsage().heapUsed;
      const ms = await capture(200, 0);
      const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20;
      report(
        `no delay: ${perMinute(200, ms)} pages/min (200 in ${Math.round(ms)} ms), heap +${heapMb.toFixed(1)} MB`,
      );
    },
    { iterations: 3, warmupIterations: 0 },
  );

  bench(
    '6 pages at the default politeness',
    async () => {
      const ms = await capture(6, MIN_SPACING_MS);
      // Spacing counts from each request's start: n pages take (n − 1) spacings plus the last page.
      report(`default politeness (${MIN_SPACING_MS} ms): ${perMinute(5, ms)} pages/min`);
    },
    { iterations: 1, warmupIterations: 0 },
  );

  afterAll(closeDb);
});
