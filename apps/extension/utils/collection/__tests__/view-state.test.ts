import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Filters, noFilters } from '../filters';
import { parseViewState, sameView, serialiseViewState, type ViewState } from '../view-state';

const view = (filters: Partial<Filters> = {}, readout: string | null = null): ViewState => ({
  filters: { ...noFilters(), ...filters },
  readout,
});

describe('serialiseViewState', () => {
  it('writes only what is set, in a fixed order', () => {
    expect(serialiseViewState(view())).toBe('');
    expect(
      serialiseViewState(
        view({ from: '2024-01-01', country: 'KR', query: 'Quad summit' }, 'press-release-1'),
      ),
    ).toBe('?q=Quad+summit&country=KR&from=2024-01-01&readout=press-release-1');
    expect(serialiseViewState(view({ starredOnly: true, participant: 'jp-motegi-toshimitsu' }))).toBe(
      '?participant=jp-motegi-toshimitsu&starred=1',
    );
  });

  it('leaves out a search of spaces only', () => {
    expect(serialiseViewState(view({ query: '   ' }))).toBe('');
  });
});

describe('parseViewState', () => {
  it('reads every filter and the open readout', () => {
    const { state, problems } = parseViewState(
      '?q=%E6%97%A5%E9%9F%93&country=kr&format=telephone&year=2023&lang=ja&tag=Quad&topic=Trade&participant=p1&from=2023-01-01&to=2023-12-31&starred=1&readout=r1',
    );
    expect(problems).toEqual([]);
    expect(state).toEqual(
      view(
        {
          query: '日韓',
          country: 'KR',
          format: 'telephone',
          year: '2023',
          lang: 'ja',
          tag: 'Quad',
          topic: 'Trade',
          participant: 'p1',
          from: '2023-01-01',
          to: '2023-12-31',
          starredOnly: true,
        },
        'r1',
      ),
    );
  });

  it('leaves out values it cannot use and names each', () => {
    const { state, problems } = parseViewState(
      '?from=2020-13-45&to=2024-02-30&format=banquet&lang=fr&country=Korea&year=99&starred=yes&color=red&tag=%20',
    );
    expect(state).toEqual(view());
    expect(problems).toEqual([
      { param: 'from', value: '2020-13-45', reason: 'invalid' },
      { param: 'to', value: '2024-02-30', reason: 'invalid' },
      { param: 'format', value: 'banquet', reason: 'invalid' },
      { param: 'lang', value: 'fr', reason: 'invalid' },
      { param: 'country', value: 'Korea', reason: 'invalid' },
      { param: 'year', value: '99', reason: 'invalid' },
      { param: 'starred', value: 'yes', reason: 'invalid' },
      { param: 'color', value: 'red', reason: 'unknown' },
      { param: 'tag', value: ' ', reason: 'invalid' },
    ]);
  });

  it('keeps the first of a repeated parameter, and the start of a range that ends before it starts', () => {
    const repeated = parseViewState('?country=KR&country=US');
    expect(repeated.state.filters.country).toBe('KR');
    expect(repeated.problems).toEqual([{ param: 'country', value: 'US', reason: 'repeated' }]);
    const backwards = parseViewState('?from=2024-05-01&to=2024-04-30');
    expect(backwards.state.filters).toMatchObject({ from: '2024-05-01', to: null });
    expect(backwards.problems).toEqual([{ param: 'to', value: '2024-04-30', reason: 'range' }]);
  });

  it('accepts a leap day only in a leap year', () => {
    expect(parseViewState('?from=2024-02-29').problems).toEqual([]);
    expect(parseViewState('?from=2023-02-29').problems).toHaveLength(1);
  });
});

const day = fc
  .date({ min: new Date('1950-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const text = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }).filter((s) => s.trim() !== '');
const tag = fc
  .string({ unit: 'grapheme', minLength: 1, maxLength: 30 })
  .map((s) => s.trim().replace(/\s+/g, ' '))
  .filter(Boolean);
const views = fc
  .record({
    query: fc.oneof(fc.constant(''), text),
    country: fc.option(fc.constantFrom('KR', 'US', 'BR', 'EU')),
    format: fc.option(fc.constantFrom('meeting', 'telephone', 'video' as const)),
    year: fc.option(fc.integer({ min: 1900, max: 2100 }).map(String)),
    lang: fc.option(fc.constantFrom('en', 'ja' as const)),
    tag: fc.option(tag),
    starredOnly: fc.boolean(),
    participant: fc.option(text),
    from: fc.option(day),
    to: fc.option(day),
    topic: fc.option(text),
    readout: fc.option(text),
  })
  .map(({ readout, ...filters }): ViewState => {
    // A range that ends before it starts is not a view the page makes.
    if (filters.from && filters.to && filters.from > filters.to)
      [filters.from, filters.to] = [filters.to, filters.from];
    return { filters: filters as Filters, readout };
  });

describe('URL round trip', () => {
  it('reads back every view it writes, with no problems', () => {
    fc.assert(
      fc.property(views, (state) => {
        const { state: read, problems } = parseViewState(serialiseViewState(state));
        expect(problems).toEqual([]);
        expect(read).toEqual(state);
        expect(sameView(read, state)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws on any query string, and what it keeps writes back unchanged', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (search) => {
        const { state } = parseViewState(search);
        expect(parseViewState(serialiseViewState(state)).state).toEqual(state);
      }),
      { numRuns: 2000 },
    );
  });
});
