// Pairing precision and recall on the labelled pairs in pairs.json: every page of the pool is
// extracted as the extension would, all readouts are paired at once, and the result is compared
// with the labelled pairs (a pair found that is not labelled counts against precision).
import { readFileSync } from 'node:fs';
import { extractReadout } from '@readouts/extract';
import { parseHtml } from '@readouts/extract/node';
import type { ReadoutContent } from '@readouts/schema';
import { type PairOptions, pairReadouts } from '../src/index';

interface LabelledPage {
  file: string;
  url: string;
  lang: 'en' | 'ja';
  source: string;
}
interface LabelledPair {
  en: string;
  ja: string;
  why: string;
}
interface PairsFile {
  pages: LabelledPage[];
  pairs: LabelledPair[];
  hardNegatives: LabelledPair[];
}

export interface PairEvaluation {
  readouts: number;
  found: number;
  truePositives: number;
  precision: number;
  recall: number;
  /** Labelled pairs not found, by URL. */
  missed: LabelledPair[];
  /** Pairs found that are not labelled, by URL (hard negatives among them are listed in `hardNegativesPaired`). */
  wrong: Array<{ en: string; ja: string; score: number }>;
  hardNegativesPaired: LabelledPair[];
}

const here = new URL('.', import.meta.url);

/** The labelled file and the pool's readouts (pages the extractor does not take as readouts are left out). */
export function loadPool(): { labels: PairsFile; readouts: ReadoutContent[] } {
  const labels = JSON.parse(readFileSync(new URL('pairs.json', here), 'utf8')) as PairsFile;
  const readouts: ReadoutContent[] = [];
  for (const page of labels.pages) {
    const html = readFileSync(new URL(`pages/${page.file}`, here), 'utf8');
    const result = extractReadout(parseHtml(html), page.url);
    if (result.kind === 'readout') readouts.push(result.readout);
  }
  return { labels, readouts };
}

/** Pairs the pool and scores the result against the labels. */
export function evaluatePairing(options: PairOptions = {}): PairEvaluation {
  const { labels, readouts } = loadPool();
  const urlOf = new Map(readouts.map((r) => [r.id, r.url]));
  const found = pairReadouts(readouts, options).map((p) => ({
    en: urlOf.get(p.en) ?? p.en,
    ja: urlOf.get(p.ja) ?? p.ja,
    score: p.score,
  }));
  const key = (p: { en: string; ja: string }) => `${p.en} ${p.ja}`;
  const truth = new Set(labels.pairs.map(key));
  const foundKeys = new Set(found.map(key));
  const truePositives = found.filter((p) => truth.has(key(p))).length;
  return {
    readouts: readouts.length,
    found: found.length,
    truePositives,
    precision: found.length === 0 ? 1 : truePositives / found.length,
    recall: truePositives / labels.pairs.length,
    missed: labels.pairs.filter((p) => !foundKeys.has(key(p))),
    wrong: found.filter((p) => !truth.has(key(p))),
    hardNegativesPaired: labels.hardNegatives.filter((p) => foundKeys.has(key(p))),
  };
}
