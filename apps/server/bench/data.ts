// Deterministic synthetic readouts for benchmarks: varied countries, formats, dates and text in
// English and Japanese.
import type { Mutation, ReadoutContent } from '@readouts/schema';
import { fakeReadoutContent } from '@readouts/sync/testing';

const COUNTRIES = ['US', 'KR', 'CN', 'AU', 'IN', 'GB', 'FR', 'DE', 'ID', 'VN', 'PH', 'BR', 'CA', 'IT', 'SG'];
const FORMATS = ['meeting', 'summit', 'telephone', 'video', 'courtesy-call', 'meal', 'other'] as const;
const EN_WORDS = [
  'maritime',
  'security',
  'economic',
  'cooperation',
  'energy',
  'climate',
  'trade',
  'investment',
  'Indo-Pacific',
  'nuclear',
  'health',
  'digital',
];
const JA_WORDS = [
  '首脳会談',
  '外相会談',
  '経済協力',
  '海洋安全保障',
  '気候変動',
  '北朝鮮情勢',
  '投資',
  'エネルギー',
  '電話会談',
  '意見交換',
];

/** A small seeded PRNG (mulberry32) so every run benchmarks the same data. */
export function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The i-th synthetic readout. */
export function benchReadout(i: number, rand: () => number): ReadoutContent {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const country = pick(COUNTRIES);
  const ja = rand() < 0.3;
  const year = 2000 + Math.floor(rand() * 26);
  const date = `${year}-${String(1 + Math.floor(rand() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rand() * 28)).padStart(2, '0')}`;
  const words = ja ? JA_WORDS : EN_WORDS;
  const points = Array.from({ length: 3 }, (_, n) => ({
    n: n + 1,
    text: ja
      ? `両者は${pick(words)}及び${pick(words)}について${pick(words)}を行った。`
      : `The two sides discussed ${pick(words)} and ${pick(words)} and agreed on ${pick(words)} matters.`,
  }));
  return fakeReadoutContent({
    id: `bench-${String(i).padStart(6, '0')}`,
    lang: ja ? 'ja' : 'en',
    title: ja
      ? `日${country}${pick(JA_WORDS)}`
      : `Japan-${country} ${pick(['Foreign Ministers’ Meeting', 'Summit Meeting', 'Telephone Talk'])}`,
    date,
    format: pick(FORMATS),
    participants: [
      {
        name: `Leader ${country} ${i % 500}`,
        familyName: null,
        title: 'Minister',
        country,
        side: 'counterpart',
        nameLatin: null,
        role: 'principal',
      },
      {
        name: 'Japanese Minister',
        familyName: null,
        title: 'Minister for Foreign Affairs',
        country: 'JP',
        side: 'japan',
        nameLatin: null,
        role: 'principal',
      },
    ],
    points,
    topics: [pick(words)],
    capture: {
      capturedAt: new Date(Date.UTC(2026, 0, 1) + i * 1000).toISOString(),
      extractorVersion: 'bench',
      contentHash: `h${i}`,
      warnings: [],
      evidence: [],
    },
  });
}

/** Capture mutations for readouts `from`..`to-1`, ids starting at `from + 1`. */
export function benchCaptures(from: number, to: number, clientId: string, rand: () => number): Mutation[] {
  const out: Mutation[] = [];
  for (let i = from; i < to; i++) {
    const hlc = `${String(1_700_000_000_000 + i).padStart(15, '0')}-00000-${clientId}`;
    out.push({
      id: i + 1,
      readoutId: `bench-${String(i).padStart(6, '0')}`,
      hlc,
      type: 'capture',
      readout: benchReadout(i, rand),
    });
  }
  return out;
}

/** Tags by how often they are set: every n-th readout gets the tag (so a filter by it is selective). */
const BENCH_TAGS: Array<[string, number]> = [
  ['follow-up', 7],
  ['g7', 25],
];

/** setTags mutations for readouts `from`..`to-1` (those the tag table picks), ids from `firstId`. */
export function benchTags(from: number, to: number, clientId: string, firstId: number): Mutation[] {
  const out: Mutation[] = [];
  for (let i = from; i < to; i++) {
    const add = BENCH_TAGS.filter(([, every]) => i % every === 0).map(([tag]) => tag);
    if (!add.length) continue;
    out.push({
      id: firstId + out.length,
      readoutId: `bench-${String(i).padStart(6, '0')}`,
      // After every capture's stamp and before today, so a REST edit on top is not a future stamp.
      hlc: `${String(1_760_000_000_000 + i).padStart(15, '0')}-00000-${clientId}`,
      type: 'setTags',
      add,
      remove: [],
    });
  }
  return out;
}
