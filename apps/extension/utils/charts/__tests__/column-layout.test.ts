// Column layout: a count axis from zero past the highest count, columns never narrower than one
// line of text, labels across when they fit and turned upright when they do not.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { columnLayout, countY } from '../column-layout';
import { textWidth } from '../text-width';

const years = (from: number, n: number) => Array.from({ length: n }, (_, i) => String(from + i));
const size = { width: 24, plotHeight: 8 };

describe('columnLayout', () => {
  it('puts round ticks from zero to at or past the highest count', () => {
    expect(columnLayout(years(2019, 3), [2, 0, 4], size).ticks).toEqual([0, 1, 2, 3, 4]);
    expect(columnLayout(years(2019, 2), [7, 23], size).ticks).toEqual([0, 5, 10, 15, 20, 25]);
    // An empty year alone still gets an axis (0 and 1), not a division by zero.
    expect(columnLayout(['2020'], [0], size).ticks).toEqual([0, 1]);
  });

  it('maps zero to the baseline and the top tick to the top of the plot', () => {
    const layout = columnLayout(years(2019, 3), [2, 0, 4], size);
    expect(countY(layout, 0)).toBeCloseTo(layout.top + layout.plotHeight);
    expect(countY(layout, 4)).toBeCloseTo(layout.top);
    expect(countY(layout, 2)).toBeCloseTo(layout.top + layout.plotHeight / 2);
  });

  it('writes a few years across and turns many upright, widening the chart past one line each', () => {
    const few = columnLayout(years(2019, 4), [1, 2, 3, 4], size);
    expect(few.upright).toBe(true);
    expect(few.plotWidth).toBe(24);
    const many = columnLayout(years(1990, 15), new Array(15).fill(1), size);
    expect(many.upright).toBe(false);
    expect(many.plotWidth).toBe(24);
    const crowded = columnLayout(years(1950, 40), new Array(40).fill(1), size);
    expect(crowded.step).toBeGreaterThanOrEqual(1.6);
    expect(crowded.plotWidth).toBeGreaterThan(24);
  });

  it('leaves room for every label and count, whatever the years and counts', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 80 }),
        fc.array(fc.integer({ min: 0, max: 100_000 }), { minLength: 80, maxLength: 80 }),
        fc.integer({ min: 8, max: 60 }),
        (n, allCounts, width) => {
          const labels = years(2026 - n, n);
          const counts = allCounts.slice(0, n);
          const layout = columnLayout(labels, counts, { width, plotHeight: 8 });
          const widest = Math.max(...labels.map(textWidth), ...counts.map((c) => textWidth(String(c))));
          // Across, a label fits its column; upright, a column holds one line of text.
          if (layout.upright) expect(layout.step).toBeGreaterThanOrEqual(widest);
          else expect(layout.step).toBeGreaterThanOrEqual(1.6);
          expect(layout.ticks.at(-1)!).toBeGreaterThanOrEqual(Math.max(...counts));
          expect(layout.plotWidth).toBeGreaterThanOrEqual(Math.min(width, 1.6 * n) - 1e-9);
          // Upright counts above the tallest column stay inside the chart.
          expect(countY(layout, Math.max(...counts)) - (layout.upright ? 1 : widest)).toBeGreaterThanOrEqual(
            0,
          );
        },
      ),
      { numRuns: 500 },
    );
  });
});
