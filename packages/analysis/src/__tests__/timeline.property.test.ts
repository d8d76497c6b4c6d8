// countryTimeline answers what firstSince answers, meeting by meeting, on random collections with
// shared days, both languages, several offices, formats and countries.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countryTimeline, firstSinceFor } from '../index';
import { JAPAN, meeting } from './factories';

const spec = fc.record({
  date: fc.option(fc.constantFrom('2020-01-01', '2020-06-01', '2021-01-01', '2023-03-03'), { freq: 8 }),
  format: fc.constantFrom('meeting' as const, 'telephone' as const, 'summit' as const),
  japan: fc.constantFrom(...(Object.keys(JAPAN) as Array<keyof typeof JAPAN>)),
  lang: fc.constantFrom('en' as const, 'ja' as const),
  countries: fc.uniqueArray(fc.constantFrom('KR', 'GR', 'US'), { minLength: 1, maxLength: 2 }),
});

describe('countryTimeline', () => {
  it('gives every dated meeting of the country, oldest first, with firstSince’s answer', () => {
    fc.assert(
      fc.property(fc.array(spec, { maxLength: 12 }), (specs) => {
        const readouts = specs.map((s, i) =>
          meeting({ id: `m${i}`, ...s, counterparts: s.countries.map((c) => [`Person ${c}`, c]) }),
        );
        for (const country of ['KR', 'GR', 'US']) {
          const timeline = countryTimeline(readouts, country);
          const dates = timeline.map((e) => e.meeting.date!);
          expect(dates).toEqual([...dates].sort());
          const expected = readouts.filter(
            (r) => r.date && r.participants.some((p) => p.country === country),
          );
          expect(new Set(timeline.flatMap((e) => e.meeting.readoutIds))).toEqual(
            new Set(expected.map((r) => r.id)),
          );
          for (const entry of timeline)
            expect(entry.since).toEqual(firstSinceFor(readouts, entry.meeting.id, country));
        }
      }),
      { numRuns: 300 },
    );
    // firstSince regroups the collection per answer: slow on a loaded machine, never a speed check.
  }, 120_000);
});
