// Links into the collection use its URL state names, in its order.
import { describe, expect, it } from 'vitest';
import { collectionQuery, monthRange, yearRange } from '../links';

describe('collectionQuery', () => {
  it('writes country, format and the date range the collection reads', () => {
    expect(collectionQuery({ country: 'KR', ...yearRange(2024), format: 'telephone' })).toBe(
      '?country=KR&format=telephone&from=2024-01-01&to=2024-12-31',
    );
    expect(collectionQuery({})).toBe('');
    expect(collectionQuery({ readout: 'a b&c' })).toBe('?readout=a+b%26c');
  });

  it('ends a month on its last day, leap years included', () => {
    expect(monthRange(2024, 2)).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(monthRange(2023, 2).to).toBe('2023-02-28');
    expect(monthRange(2023, 12)).toEqual({ from: '2023-12-01', to: '2023-12-31' });
  });
});
