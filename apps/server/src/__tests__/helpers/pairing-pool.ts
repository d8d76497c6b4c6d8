// The labelled English/Japanese pool of @readouts/bulk's pairing eval (real MOFA pages in the
// real skeleton), extracted as the extension would, for tests of what the server computes over a
// whole collection: language versions, people, dyads.
import { readFileSync } from 'node:fs';
import { extractReadout } from '@readouts/extract';
import { parseHtml } from '@readouts/extract/node';
import type { Mutation, ReadoutContent } from '@readouts/schema';
import { nextHlc } from './factories';

const EVAL = new URL('../../../../../packages/bulk/eval/', import.meta.url);

interface Labels {
  pages: Array<{ file: string; url: string; lang: 'en' | 'ja' }>;
  pairs: Array<{ en: string; ja: string }>;
  hardNegatives: Array<{ en: string; ja: string }>;
}

let cached: { labels: Labels; readouts: ReadoutContent[] } | undefined;

/** The pool's labels and the readouts its pages give (pages that are not readouts left out). */
export function pairingPool() {
  if (cached) return cached;
  const labels = JSON.parse(readFileSync(new URL('pairs.json', EVAL), 'utf8')) as Labels;
  const readouts = labels.pages.flatMap((page) => {
    const html = readFileSync(new URL(`pages/${page.file}`, EVAL), 'utf8');
    const result = extractReadout(parseHtml(html), page.url);
    return result.kind === 'readout' ? [result.readout] : [];
  });
  cached = { labels, readouts };
  return cached;
}

/** The id of the pool's readout of a page URL. */
export function idOfUrl(url: string): string {
  const r = pairingPool().readouts.find((x) => x.url === url || x.canonicalUrl === url);
  if (!r) throw new Error(`no readout for ${url} in the pool`);
  return r.id;
}

/** Capture mutations of the whole pool, ids from `firstId`. */
export const poolCaptures = (firstId = 1): Mutation[] =>
  pairingPool().readouts.map((readout, i) => ({
    id: firstId + i,
    readoutId: readout.id,
    hlc: nextHlc(),
    type: 'capture',
    readout,
  }));
