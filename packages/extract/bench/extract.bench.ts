// `pnpm bench`: time per page of extractReadout versus @mozilla/readability on the dev set's pages,
// both on linkedom documents. Prints medians for parse excluded (DOM parsed before the timer
// starts) and parse included, and the ratio Readability / extractor.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Readability } from '@mozilla/readability';
import { extractReadout } from '../src/index';
import { parseHtml } from '../src/node';

// The dev set in the real page skeleton, unless another directory of pages is named.
const dir = path.resolve(
  process.argv[2] ?? process.env.READOUTS_FIXTURES ?? path.join(import.meta.dirname, '../eval/dev/real'),
);
const ROUNDS = Number(process.env.READOUTS_BENCH_ROUNDS ?? 30);
const pages = readdirSync(dir)
  .filter((f) => f.endsWith('.html'))
  .map((f) => ({ file: f, html: readFileSync(path.join(dir, f), 'utf8') }));
const capturedAt = new Date('2026-01-01T00:00:00Z');

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

type Runner = (document: Document, url: string) => void;
const runners: Record<string, Runner> = {
  extractReadout: (document, url) => void extractReadout(document, url, { capturedAt }),
  // Readability changes the document it reads, so every run gets a freshly parsed one.
  readability: (document) => void new Readability(document).parse(),
};

function measure(run: Runner, includeParse: boolean): number[] {
  const samples: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const page of pages) {
      const url = `https://www.mofa.go.jp/${page.file}`;
      if (includeParse) {
        const t0 = performance.now();
        run(parseHtml(page.html), url);
        samples.push(performance.now() - t0);
      } else {
        const document = parseHtml(page.html);
        const t0 = performance.now();
        run(document, url);
        samples.push(performance.now() - t0);
      }
    }
  }
  return samples;
}

// Warm-up so both sides run JIT-compiled code.
for (const run of Object.values(runners))
  for (const page of pages) run(parseHtml(page.html), 'https://www.mofa.go.jp/');

console.log(`${pages.length} pages x ${ROUNDS} rounds, linkedom DOM, Node ${process.version}`);
for (const includeParse of [false, true]) {
  const ours = median(measure(runners.extractReadout!, includeParse));
  const theirs = median(measure(runners.readability!, includeParse));
  const label = includeParse ? 'parse included' : 'parse excluded';
  console.log(
    `${label}: extractReadout median ${ours.toFixed(3)} ms/page, Readability median ${theirs.toFixed(3)} ms/page, ratio Readability/extractReadout ${(theirs / ours).toFixed(2)}x`,
  );
}
