// A search lists the same pages, in the same order, whether it walks the listing order probing the
// full-text index (the plan for common searches) or starts from its match set and sorts it (the
// plan for rare ones, and the only plan before). Checked on both backends, over searches common
// for every user, common for another user only, rare, by prefix, in Japanese, with filters.
import type { Mutation, ReadoutContent } from '@readouts/schema';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends } from '../../__tests__/helpers/backends';
import { captureOf, fakeUser } from '../../__tests__/helpers/factories';
import { ReadoutQuery, type ReadoutQueryInput } from '../../query/params';
import { applyToRecord } from '../../sync/reducer';
import type { OpenOptions, Storage } from '../types';

/** Words with the share of English readouts holding each: some common, some rare, shared prefixes. */
const EN_WORDS: Array<[string, number]> = [
  ['maritime', 0.6],
  ['marine', 0.2],
  ['security', 0.4],
  ['energy', 0.1],
  ['nuclear', 0.02],
  ['zebra', 0.01],
];
const JA_PHRASES: Array<[string, number]> = [
  ['海洋安全保障', 0.5],
  ['経済協力', 0.2],
];
const COUNTRIES = ['KR', 'US', 'CN', 'IN', 'AU'];
const TAGS = ['g7', 'follow-up', 'Asia'];

/** A seeded PRNG (mulberry32), so the collection is the same on every run. */
function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function readout(
  i: number,
  rand: () => number,
  prefix: string,
  extra = '',
): Partial<ReadoutContent> & {
  id: string;
} {
  const ja = rand() < 0.3;
  const words = (ja ? JA_PHRASES : EN_WORDS).filter(([, share]) => rand() < share).map(([w]) => w);
  const country = COUNTRIES[Math.floor(rand() * COUNTRIES.length)]!;
  // Few distinct dates, so ties are broken by id; some readouts have none.
  const date = rand() < 0.05 ? null : `20${10 + Math.floor(rand() * 8)}-0${1 + Math.floor(rand() * 3)}-01`;
  return {
    id: `${prefix}-${String(i).padStart(5, '0')}`,
    lang: ja ? 'ja' : 'en',
    title: `${ja ? '会談' : 'Talk'} ${country} ${words.join(ja ? '及び' : ' ')} ${extra}`,
    date,
    format: rand() < 0.5 ? 'meeting' : 'telephone',
    participants: [
      {
        name: `Minister ${country}`,
        familyName: null,
        title: 'Minister',
        country,
        side: 'counterpart',
        nameLatin: null,
        role: 'principal',
      },
    ],
    user: { tags: TAGS.filter(() => rand() < 0.3), note: '', starred: false },
  } as Partial<ReadoutContent> & { id: string };
}

const Q = fc.constantFrom(
  'maritime',
  'mari',
  'm',
  'maritime security',
  'marine energy',
  'energy',
  'nuclear',
  'zebra',
  'sec',
  '海洋',
  '海洋安全保障',
  '経済',
  '協',
  'talk',
  'absent',
);
const Query = fc.record(
  {
    q: Q,
    country: fc.constantFrom(...COUNTRIES),
    tag: fc.constantFrom(...TAGS),
    lang: fc.constantFrom('en', 'ja'),
    format: fc.constantFrom('meeting', 'telephone'),
    from: fc.constantFrom('2012-01-01', '2015-02-01'),
    sort: fc.constantFrom('date', '-date', 'captured', '-captured', 'title'),
    limit: fc.integer({ min: 1, max: 30 }),
  },
  { requiredKeys: ['q', 'sort', 'limit'] },
);

describe.each(backends)('search plans on $name', (backend) => {
  let adaptive: Storage;
  let matchSet: Storage;
  let drop: () => Promise<void>;
  let alice: number;

  beforeAll(async () => {
    const store = await backend.create();
    drop = store.drop;
    adaptive = await store.open();
    matchSet = await store.open({ textPlan: 'match-set' } as OpenOptions);
    alice = (await fakeUser(adaptive, 'alice')).id;
    const bob = (await fakeUser(adaptive, 'bob')).id;
    const rand = seeded(9);
    const load = async (user: number, count: number, prefix: string, extra: string) => {
      const all: Mutation[] = Array.from({ length: count }, (_, i) =>
        captureOf(i + 1, readout(i, rand, prefix, extra)),
      );
      for (let i = 0; i < all.length; i += 500)
        await adaptive.push(user, 'loader', all.slice(i, i + 500), applyToRecord);
    };
    await load(alice, 1300, 'a', '');
    // Bob makes 'zebra' common in the index as a whole while it stays rare in Alice's collection.
    await load(bob, 1100, 'b', 'zebra maritime');
    await adaptive.optimize();
  }, 240_000);
  afterAll(async () => {
    await adaptive?.close();
    await matchSet?.close();
    await drop?.();
  });

  /** Up to four pages of a listing, followed by their cursors. */
  async function pages(storage: Storage, input: ReadoutQueryInput): Promise<string[][]> {
    const out: string[][] = [];
    let cursor: string | undefined;
    for (let n = 0; n < 4; n++) {
      const page = await storage.listReadouts(alice, ReadoutQuery.parse({ ...input, cursor }));
      out.push(page.items.map((r) => r.id));
      if (!page.nextCursor) break;
      cursor = page.nextCursor;
    }
    return out;
  }

  it('lists the same pages with either plan', async () => {
    await fc.assert(
      fc.asyncProperty(Query, async (query) => {
        expect(await pages(adaptive, query)).toEqual(await pages(matchSet, query));
      }),
      { numRuns: 150 },
    );
  }, 240_000);

  it('finds the matches of a search that is common elsewhere but rare here', async () => {
    const found = (await pages(adaptive, { q: 'zebra', limit: 50 })).flat();
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((id) => id.startsWith('a-'))).toBe(true);
    expect(found).toEqual((await pages(matchSet, { q: 'zebra', limit: 50 })).flat());
  });

  it('pages a common search to its end, every match once', async () => {
    const all = async (storage: Storage, limit: number) => {
      const ids: string[] = [];
      let cursor: string | undefined;
      for (;;) {
        const page = await storage.listReadouts(alice, ReadoutQuery.parse({ q: '海洋', limit, cursor }));
        ids.push(...page.items.map((r) => r.id));
        if (!page.nextCursor) return ids;
        cursor = page.nextCursor;
      }
    };
    const walked = await all(adaptive, 30);
    expect(walked).toEqual(await all(matchSet, 200));
    expect(new Set(walked).size).toBe(walked.length);
    expect(walked.length).toBeGreaterThan(100);
  });
});
