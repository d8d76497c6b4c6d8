// `pnpm bench:locate`: time of locateEvidence per evidence item (what one "Show on page" click
// costs in the content script) and per page (every item of a page), on the dev set's real-skeleton
// pages parsed by jsdom. Prints medians and the 95th percentile, in milliseconds.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { extractReadout, locateEvidence } from '../src/index';

const dir = path.resolve(process.argv[2] ?? path.join(import.meta.dirname, '../eval/dev/real'));
const ROUNDS = Number(process.env.READOUTS_BENCH_ROUNDS ?? 5);
const capturedAt = new Date('2026-01-01T00:00:00Z');

const quantile = (xs: number[], q: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? Number.NaN;
};

const perItem: number[] = [];
const perPage: number[] = [];
let found = 0;
let asked = 0;
for (const file of readdirSync(dir).filter((f) => f.endsWith('.html'))) {
  // jsdom, as a browser would hold the page: linkedom has no usable Range.
  const doc = new JSDOM(readFileSync(path.join(dir, file), 'utf8')).window.document;
  const result = extractReadout(doc, `https://www.mofa.go.jp/${file}`, { capturedAt });
  if (result.kind !== 'readout') continue;
  const items = result.readout.capture.evidence;
  for (let round = 0; round < ROUNDS; round++) {
    const page0 = performance.now();
    for (const evidence of items) {
      const t0 = performance.now();
      const range = locateEvidence(doc, evidence);
      perItem.push(performance.now() - t0);
      if (round === 0) {
        asked++;
        if (range) found++;
      }
    }
    perPage.push(performance.now() - page0);
  }
}
const ms = (x: number) => x.toFixed(3);
console.log(
  `pages: ${perPage.length / ROUNDS}, evidence items: ${asked}, located: ${found} (the others quote metadata or the address)`,
);
console.log(`per item  median ${ms(quantile(perItem, 0.5))} ms  p95 ${ms(quantile(perItem, 0.95))} ms`);
console.log(`per page  median ${ms(quantile(perPage, 0.5))} ms  p95 ${ms(quantile(perPage, 0.95))} ms`);
