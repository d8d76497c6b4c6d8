// Benchmark: opening the collection page with 10,000 and 50,000 readouts in real Chromium (the
// built extension, a fresh profile each size): time from navigation to the first rows on screen,
// to the loading state, to a full search index (`body[data-ready]`) and to the main thread free
// again after it (`settled`: before issue 11 the index was built only then), median of a few runs.
// READOUTS_BENCH_SIZES (comma-separated) and READOUTS_BENCH_RUNS change the sizes and runs;
// READOUTS_BENCH_EXTENSION names another build to compare (e.g. one made before a change).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { launchChromium } from '../support/chromium';
import { extensionCopy } from '../support/extension-build';
import { largeCollection, seedCollection } from './large-collection';
import { type OpeningTimes, openCollection, WATCH_OPENING } from './opening';

const sizes = (process.env.READOUTS_BENCH_SIZES ?? '10000,50000').split(',').map(Number);
const runs = Number(process.env.READOUTS_BENCH_RUNS ?? 3);

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};
const ms = (value: number | null) =>
  value === null ? '      -' : `${Math.round(value).toLocaleString('en')} ms`.padStart(9);

async function bench(label: string, extension: string, size: number): Promise<void> {
  const profile = mkdtempSync(path.join(tmpdir(), 'readouts-bench-collection-'));
  const context = await launchChromium(profile, extension);
  try {
    await context.addInitScript(WATCH_OPENING);
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const url = `chrome-extension://${new URL(worker.url()).host}/collection.html`;
    const page = await context.newPage();
    await page.setViewportSize({ width: 1280, height: 860 });
    // The page opens (and so creates) the database; the readouts are written behind its back.
    await openCollection(page, url);
    await seedCollection(page, largeCollection(size));
    await openCollection(page, url); // warm-up: the first read after a bulk write is slower
    const times: OpeningTimes[] = [];
    for (let run = 0; run < runs; run++) times.push(await openCollection(page, url));
    const pick = (key: keyof OpeningTimes) => {
      const values = times.map((t) => t[key]).filter((v): v is number => v !== null);
      return values.length ? median(values) : null;
    };
    console.log(
      `  ${label.padEnd(8)} ${size.toLocaleString('en').padStart(7)}  ${ms(pick('loadingShown'))} ${ms(pick('firstRows'))} ${ms(pick('ready'))} ${ms(pick('settled'))}   ${times.map((t) => ms(t.firstRows).trim()).join(' / ')}`,
    );
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

const builds: Array<[string, string]> = [];
if (process.env.READOUTS_BENCH_EXTENSION) builds.push(['compared', process.env.READOUTS_BENCH_EXTENSION]);
builds.push(['this', extensionCopy()]);
console.log(`\nCollection page opening, real Chromium, median of ${runs} runs (from navigation)`);
console.log('  build      readouts   loading first rows    ready    settled   first rows per run');
for (const size of sizes) for (const [label, extension] of builds) await bench(label, extension, size);
