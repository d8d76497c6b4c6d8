import { describe, expect, it } from 'vitest';
import { fakeParticipant, fakeReadout } from '../../__tests__/factories';
import { meetingsPerYear, topCountries } from '../stats';

describe('meetingsPerYear', () => {
  it('counts per year and fills the gaps with zero', () => {
    const readouts = ['2019-01-01', '2019-05-01', '2021-03-03'].map((date) => fakeReadout({ date }));
    expect(meetingsPerYear(readouts)).toEqual([
      { label: '2019', count: 2 },
      { label: '2020', count: 0 },
      { label: '2021', count: 1 },
    ]);
  });

  it('is empty for an empty collection', () => {
    expect(meetingsPerYear([])).toEqual([]);
  });
});

describe('topCountries', () => {
  it('ranks counterpart countries, ties by code, up to the limit', () => {
    const met = (...countries: string[]) =>
      fakeReadout({ participants: countries.map((country) => fakeParticipant({ country })) });
    const readouts = [met('US'), met('US', 'KR'), met('KR'), met('AU'), met('US')];
    expect(topCountries(readouts, 2)).toEqual([
      { label: 'US', count: 3 },
      { label: 'KR', count: 2 },
    ]);
  });

  it('ignores Japan-side participants', () => {
    const readout = fakeReadout({ participants: [fakeParticipant({ country: 'JP', side: 'japan' })] });
    expect(topCountries([readout])).toEqual([]);
  });
});
