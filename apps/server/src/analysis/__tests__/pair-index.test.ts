// The incremental pair index against @readouts/bulk's whole-collection pairing: after any sequence of
// added, changed and removed pages and new decisions, both give the same pairs.
import { type PairableReadout, type PairDecisions, pairReadouts, recordDecision } from '@readouts/bulk';
import { formatHlc } from '@readouts/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PairIndex } from '../pair-index';

const DATES = ['2024-05-01', '2024-05-02', '2024-05-03', '2024-05-05', 'not a day'];
const COUNTRIES = ['KR', 'US', 'CN'];
const NAMES = ['Cho Tae-yul', 'Antony Blinken', 'Wang Yi', 'Park Jin'];
const JAPAN = ['Kamikawa Yoko', '上川陽子', 'Hayashi Yoshimasa', '林芳正'];

/** A page drawn from few dates, countries and people, so candidates compete for the same pages. */
const page = (id: string) =>
  fc
    .record({
      lang: fc.constantFrom('en' as const, 'ja' as const),
      date: fc.constantFrom(...DATES),
      startTime: fc.constantFrom(null, '10:00', '10:20', '15:00'),
      format: fc.constantFrom('meeting' as const, 'telephone' as const),
      country: fc.constantFrom(...COUNTRIES),
      counterpart: fc.constantFrom(...NAMES),
      japan: fc.constantFrom(...JAPAN),
      number: fc.constantFrom('', ' 2nd', ' 第3回'),
    })
    .map(
      (p): PairableReadout => ({
        id,
        lang: p.lang,
        title: `Meeting${p.number}`,
        date: p.date,
        startTime: p.startTime,
        format: p.format,
        durationMinutes: null,
        location: null,
        participants: [
          {
            name: p.japan,
            nameLatin: null,
            familyName: null,
            title: null,
            country: 'JP',
            side: 'japan',
            role: 'principal',
          },
          {
            name: p.counterpart,
            nameLatin: null,
            familyName: null,
            title: null,
            country: p.country,
            side: 'counterpart',
            role: 'principal',
          },
        ],
      }),
    );

const IDS = Array.from({ length: 14 }, (_, i) => `r${i}`);

type Step =
  | { kind: 'put'; page: PairableReadout }
  | { kind: 'remove'; id: string }
  | { kind: 'decide'; en: string; ja: string; action: 'join' | 'split' };

const step: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc
      .constantFrom(...IDS)
      .chain((id) => page(id).map((p) => ({ kind: 'put' as const, page: p }))),
  },
  { weight: 2, arbitrary: fc.constantFrom(...IDS).map((id) => ({ kind: 'remove' as const, id })) },
  {
    weight: 1,
    arbitrary: fc
      .record({
        en: fc.constantFrom(...IDS),
        ja: fc.constantFrom(...IDS),
        action: fc.constantFrom('join' as const, 'split' as const),
      })
      .map((d) => ({ kind: 'decide' as const, ...d })),
  },
);

const sorted = (pairs: Array<{ en: string; ja: string }>) => pairs.map(({ en, ja }) => `${en}+${ja}`).sort();

describe('PairIndex', () => {
  it('gives the pairs pairReadouts gives the same pages and decisions, after every batch of changes', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(step, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 12 }),
        (batches) => {
          const index = new PairIndex();
          const pages = new Map<string, PairableReadout>();
          let decisions: PairDecisions = {};
          let clock = 0;
          for (const batch of batches) {
            for (const s of batch) {
              if (s.kind === 'put') {
                index.put(s.page);
                pages.set(s.page.id, s.page);
              } else if (s.kind === 'remove') {
                index.remove(s.id);
                pages.delete(s.id);
              } else {
                const hlc = formatHlc({ wallMs: 1_700_000_000_000 + ++clock, counter: 0, nodeId: 'a' });
                decisions = recordDecision(decisions, { en: s.en, ja: s.ja, action: s.action, hlc });
                index.setDecisions(decisions);
              }
            }
            index.settle();
            const whole = pairReadouts([...pages.values()], { decisions });
            expect(sorted(index.pairs())).toEqual(sorted(whole));
            for (const pair of whole) {
              expect(index.otherVersion(pair.en)).toEqual({ id: pair.ja, lang: 'ja' });
              expect(index.otherVersion(pair.ja)).toEqual({ id: pair.en, lang: 'en' });
            }
          }
        },
      ),
      { numRuns: 400 },
    );
  });

  it('pairs an English and a Japanese page of one meeting, and unpairs them when one is removed', () => {
    const index = new PairIndex();
    const [meeting] = fc.sample(page('x'), { numRuns: 1, seed: 1 });
    index.put({ ...meeting!, id: 'en', lang: 'en', date: '2024-05-01' });
    index.put({ ...meeting!, id: 'ja', lang: 'ja', date: '2024-05-01' });
    index.settle();
    expect(index.otherVersion('en')).toEqual({ id: 'ja', lang: 'ja' });
    expect(index.otherVersion('ja')).toEqual({ id: 'en', lang: 'en' });
    index.remove('ja');
    index.settle();
    expect(index.otherVersion('en')).toBeNull();
  });
});
