// The date check by arithmetic against the `Date`-based check it replaced, kept here as the oracle:
// same verdicts and the same issues for every string.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { isoDate } from '../readout';
import { text } from '../text';

/** The check as it was before: a `Date` set to the parts must read back the same parts. */
const byDate = (value: string): boolean => {
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const day = new Date(0);
  day.setUTCFullYear(y, m - 1, d);
  return day.getUTCFullYear() === y && day.getUTCMonth() === m - 1 && day.getUTCDate() === d;
};
const oracle = text()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
  .refine(byDate, 'expected a day of the calendar (month 01-12, day within the month)');

const verdict = (schema: z.ZodType, value: unknown) => {
  const result = schema.safeParse(value);
  return result.success ? { data: result.data } : { issues: result.error.issues };
};

const pad = (n: number, width: number) => String(n).padStart(width, '0');

describe('isoDate', () => {
  it('agrees with the Date-based check on every month and day of leap-rule years', () => {
    const months = [...Array.from({ length: 14 }, (_, m) => m), 99];
    const days = [...Array.from({ length: 33 }, (_, d) => d), 99];
    const disagreements: string[] = [];
    for (const year of [0, 1, 4, 100, 400, 1600, 1900, 1999, 2000, 2024, 2100, 9996, 9999]) {
      for (const month of months) {
        for (const day of days) {
          const value = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
          if (isoDate.safeParse(value).success !== byDate(value)) disagreements.push(value);
        }
      }
    }
    expect(disagreements).toEqual([]);
    expect(isoDate.safeParse('2024-02-29').success).toBe(true);
    expect(isoDate.safeParse('2100-02-29').success).toBe(false);
  });

  it('agrees with the Date-based check on any year, month and day', () => {
    const dates = fc
      .tuple(
        fc.integer({ min: 0, max: 9999 }),
        fc.integer({ min: 0, max: 99 }),
        fc.integer({ min: 0, max: 99 }),
      )
      .map(([y, m, d]) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`);
    fc.assert(
      fc.property(dates, (value) => {
        expect(verdict(isoDate, value)).toEqual(verdict(oracle, value));
      }),
      { numRuns: 5000 },
    );
  });

  it('gives the same issues for strings not in the form (zod checks the day after a failed format)', () => {
    const near = fc.stringMatching(/^-?\d{1,5}(-\d{0,3}){0,3}$/);
    fc.assert(
      fc.property(fc.oneof(fc.string(), near), (value) => {
        expect(verdict(isoDate, value)).toEqual(verdict(oracle, value));
      }),
      { numRuns: 5000 },
    );
  });
});
