import { describe, expect, it } from 'vitest';
import { fakeParticipant, fakeReadout } from '../../__tests__/factories';
import { filterOptions, noFilters, passes, sortReadouts, yearOf } from '../filters';

const a = fakeReadout({ id: 'a', title: 'Beta', date: '2019-11-22', format: 'meeting', lang: 'en' });
const b = fakeReadout({
  id: 'b',
  title: 'Alpha',
  date: '2023-05-01',
  format: 'telephone',
  lang: 'ja',
  participants: [fakeParticipant({ country: 'KR' })],
  user: { tags: ['Korea'], note: '', starred: true },
});
const c = fakeReadout({ id: 'c', title: 'Gamma', date: null, publishedDate: '2021-02-02' });

describe('passes', () => {
  it('lets everything through with no filters', () => {
    expect([a, b, c].filter((r) => passes(r, noFilters(), null))).toEqual([a, b, c]);
  });

  it('applies each filter', () => {
    const only = (patch: Partial<ReturnType<typeof noFilters>>) =>
      [a, b, c].filter((r) => passes(r, { ...noFilters(), ...patch }, null)).map((r) => r.id);
    expect(only({ country: 'KR' })).toEqual(['b']);
    expect(only({ country: 'AU' })).toEqual(['a', 'c']);
    expect(only({ format: 'telephone' })).toEqual(['b']);
    expect(only({ year: '2021' })).toEqual(['c']);
    expect(only({ lang: 'ja' })).toEqual(['b']);
    expect(only({ tag: 'Korea' })).toEqual(['b']);
    expect(only({ starredOnly: true })).toEqual(['b']);
  });

  it('filters by a date range (both days included; undated readouts left out), a topic and tag case', () => {
    const only = (patch: Partial<ReturnType<typeof noFilters>>) =>
      [a, b, c].filter((r) => passes(r, { ...noFilters(), ...patch }, null)).map((r) => r.id);
    expect(only({ from: '2019-11-22', to: '2021-02-02' })).toEqual(['a', 'c']);
    expect(only({ from: '2019-11-23' })).toEqual(['b', 'c']);
    expect(only({ to: '2019-11-22' })).toEqual(['a']);
    expect(only({ from: '2030-01-01' })).toEqual([]);
    expect(
      passes(fakeReadout({ date: null, publishedDate: null }), { ...noFilters(), to: '2030-01-01' }, null),
    ).toBe(false);
    const trade = fakeReadout({ topics: ['Trade', 'Security'] });
    expect(passes(trade, { ...noFilters(), topic: 'Security' }, null)).toBe(true);
    expect(passes(trade, { ...noFilters(), topic: 'Energy' }, null)).toBe(false);
    expect(only({ tag: 'ＫＯＲＥＡ' })).toEqual(['b']);
  });

  it('filters by the readouts a participant appears in', () => {
    expect(
      [a, b, c].filter((r) => passes(r, noFilters(), null, new Set(['a', 'c']))).map((r) => r.id),
    ).toEqual(['a', 'c']);
  });

  it('combines search hits with filters', () => {
    expect(passes(a, noFilters(), new Set(['b']))).toBe(false);
    expect(passes(b, { ...noFilters(), lang: 'ja' }, new Set(['b']))).toBe(true);
  });
});

describe('sortReadouts', () => {
  it('sorts by meeting date either way, with unknown dates last', () => {
    expect(sortReadouts([a, b, c], 'date-desc').map((r) => r.id)).toEqual(['b', 'a', 'c']);
    expect(sortReadouts([a, b, c], 'date-asc').map((r) => r.id)).toEqual(['a', 'b', 'c']);
  });

  it('sorts by title and does not change the input', () => {
    const input = [a, b, c];
    expect(sortReadouts(input, 'title').map((r) => r.id)).toEqual(['b', 'a', 'c']);
    expect(input.map((r) => r.id)).toEqual(['a', 'b', 'c']);
  });
});

describe('filterOptions', () => {
  it('lists the values present, years newest first', () => {
    const options = filterOptions([a, b, c]);
    expect(options.countries).toEqual(['AU', 'KR']);
    expect(options.years).toEqual(['2023', '2021', '2019']);
    expect(options.langs).toEqual(['en', 'ja']);
    expect(options.tags).toEqual(['Korea']);
    expect(options.formats).toEqual(['meeting', 'telephone']);
  });

  it('lists each tag once whatever its case, and the topics', () => {
    const options = filterOptions([
      b,
      fakeReadout({ topics: ['Trade'], user: { tags: ['korea', 'G7'], note: '', starred: false } }),
    ]);
    expect(options.tags).toEqual(['G7', 'Korea']);
    expect(options.topics).toEqual(['Trade']);
  });

  it('takes the year from the publication date when the meeting date is unknown', () => {
    expect(yearOf(c)).toBe('2021');
  });
});
