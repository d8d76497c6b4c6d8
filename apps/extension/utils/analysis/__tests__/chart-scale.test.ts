// Count axes: integer ticks from zero to at or past the maximum, at most five intervals, round steps;
// stacked segments that start where the previous ends.
import { describe, expect, it } from 'vitest';
import { countTicks, stack } from '../chart-scale';

describe('countTicks', () => {
  it('counts by one for small numbers and by round steps above', () => {
    expect(countTicks(0)).toEqual([0, 1]);
    expect(countTicks(3)).toEqual([0, 1, 2, 3]);
    expect(countTicks(7)).toEqual([0, 2, 4, 6, 8]);
    expect(countTicks(23)).toEqual([0, 5, 10, 15, 20, 25]);
    expect(countTicks(107)).toEqual([0, 50, 100, 150]);
  });

  it('covers the maximum with evenly spaced integer ticks, at most six', () => {
    // Every count up to 20,000, then every power-of-ten neighbourhood up to ten million.
    const maxima = [
      ...Array.from({ length: 20_001 }, (_, i) => i),
      ...[5, 6, 7].flatMap((p) => [-1, 0, 1].map((d) => 10 ** p + d)),
    ];
    for (const max of maxima) {
      const ticks = countTicks(max);
      const step = ticks[1]! - ticks[0]!;
      const ok =
        ticks[0] === 0 &&
        ticks.at(-1)! >= max &&
        ticks.length <= 6 &&
        /^[125]0*$/.test(String(step)) &&
        ticks.every((tick, i) => tick === i * step) &&
        // Tight: one step less would not reach the maximum.
        ticks.at(-1)! - step < Math.max(max, 1);
      if (!ok) expect({ max, ticks }).toBe('valid ticks');
    }
  });
});

describe('stack', () => {
  it('keeps non-empty parts in key order, each starting where the last ended', () => {
    expect(stack({ a: 2, b: 0, c: 3 }, ['c', 'b', 'a'])).toEqual([
      { key: 'c', count: 3, start: 0 },
      { key: 'a', count: 2, start: 3 },
    ]);
  });
});
