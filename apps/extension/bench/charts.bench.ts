// The collection's charts are redrawn whenever the visible readouts change (every keystroke of a
// search): counting and drawing both charts for 10,000 and 50,000 readouts, counting alone, and
// drawing alone. In happy-dom, whose elements cost far more to create than Chromium's.
import { bench, describe } from 'vitest';
import { drawCharts } from '../entrypoints/collection/charts';
import { columnChart } from '../utils/charts/column-chart';
import { meetingsPerYear, topCountries } from '../utils/collection/stats';
import { syntheticCollection } from './corpus';

const select = { year: () => {}, country: () => {} };
const container = document.createElement('section');
document.body.append(container);

for (const n of [10_000, 50_000]) {
  const readouts = syntheticCollection(n);
  describe(`charts over ${n.toLocaleString('en')} readouts`, () => {
    bench('count and draw both charts', () => {
      drawCharts(container, readouts, select);
    });
    bench('count only', () => {
      meetingsPerYear(readouts);
      topCountries(readouts, 8);
    });
  });
}

describe('the column chart alone', () => {
  const years = Array.from({ length: 40 }, (_, i) => ({
    label: String(1987 + i),
    count: (i * 37) % 900,
    name: `${1987 + i}`,
    action: { onSelect: () => {} },
  }));
  bench('draw 40 years', () => {
    columnChart(years, { name: 'Meetings per year', axis: { x: 'Year', y: 'Readouts' } });
  });
});
