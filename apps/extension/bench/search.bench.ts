// Search over 10,000 readouts: index build, then queries as typed in the collection (target: under 50 ms).
import { bench, describe } from 'vitest';
import { noFilters, passes, sortReadouts } from '../utils/collection/filters';
import { SearchIndex } from '../utils/collection/search-index';
import { syntheticCollection } from './corpus';

const readouts = syntheticCollection(10_000);
const index = SearchIndex.build(readouts);
const sorted = sortReadouts(readouts, 'date-desc');

describe('search over 10,000 readouts', () => {
  bench(
    'build the index',
    () => {
      SearchIndex.build(readouts);
    },
    { iterations: 3, warmupIterations: 1 },
  );

  for (const query of ['k', 'korea', 'nuclear disarmament council', '北朝鮮', '外務大臣 会談 security']) {
    bench(`query "${query}" + filters over the sorted list`, () => {
      const matches = index.search(query);
      const filters = { ...noFilters(), query };
      sorted.filter((readout) => passes(readout, filters, matches));
    });
  }
});
