import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hashText } from '../hash';
import { Readout } from '../readout';
import { fakeReadout } from '../testing';

describe('Readout schema', () => {
  it('accepts a complete record', () => {
    expect(Readout.parse(fakeReadout())).toEqual(fakeReadout());
  });

  it.each([
    ['a time not in 24-hour form', { startTime: '5:45 pm' }],
    ['a country that is not ISO alpha-2', { location: { city: null, country: 'Japan', venue: null } }],
    ['an unknown format', { format: 'dinner' }],
    ['a date not as YYYY-MM-DD', { date: '22 November 2019' }],
  ])('rejects %s', (_label, override) => {
    expect(Readout.safeParse({ ...fakeReadout(), ...override }).success).toBe(false);
  });
});

describe('hashText', () => {
  it('is deterministic, fixed-length and separates different texts', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        expect(hashText(a)).toBe(hashText(a));
        expect(hashText(a)).toMatch(/^[0-9a-f]{26}$/);
        if (a !== b) expect(hashText(a)).not.toBe(hashText(b));
      }),
    );
  });
});
