// A meeting abroad timed by Japan's clock only: its start time is the local one, and the Japan time
// is kept as the Japan-time statement.
import { describe, expect, it } from 'vitest';
import { localFromJapanTime } from '../dates/japan-clock-abroad';
import { extractPage } from './factories';

const times = (lead: string, headline = 'Japan-China Foreign Ministers’ Meeting') => {
  const result = extractPage({ headline, dateline: 'August 2, 2018', lead });
  return result.kind === 'readout' ? [result.readout.startTime, result.readout.japanTime?.time ?? null] : [];
};

describe('Japan time for a meeting abroad', () => {
  it('moves "2:55 p.m. (Japan time)" in Singapore back one hour', () => {
    expect(
      times(
        'On August 2, commencing at around 2:55 p.m. (Japan time) for approximately 35 minutes (consecutive interpretation), Mr. Taro Kono, Minister for Foreign Affairs, who is visiting Singapore to attend ASEAN-related Foreign Ministers’ Meetings, held a Japan-China Foreign Ministers’ Meeting with Mr. Wang Yi, State Councilor and Foreign Minister of the People’s Republic of China.',
      ),
    ).toEqual(['13:55', '14:55']);
  });

  it('leaves telephone talks and places with daylight saving time alone', () => {
    expect(
      times(
        'On August 2, from 9:00 p.m. (Japan time) for about 20 minutes, Mr. Taro Kono, Minister for Foreign Affairs, held a telephone talk with Mr. Wang Yi, State Councilor and Foreign Minister of the People’s Republic of China.',
        'Japan-China Foreign Ministers’ Telephone Talk',
      )[0],
    ).toBe('21:00');
    expect(localFromJapanTime('14:55', 'FR')).toBeNull();
    expect(localFromJapanTime('02:00', 'IN')).toBeNull();
    expect(localFromJapanTime('16:00', 'IN')).toBe('12:30');
  });
});

describe('Japan time for a meeting in a place with daylight saving time', () => {
  it('converts by the offset of the meeting date', () => {
    // Paris: UTC+2 in summer (Japan 7 hours ahead), UTC+1 in winter (8 hours ahead).
    expect(localFromJapanTime('20:00', 'FR', { date: '2024-07-10', city: 'Paris' })).toBe('13:00');
    expect(localFromJapanTime('20:00', 'FR', { date: '2024-12-10', city: null })).toBe('12:00');
    // Washington: UTC-4 in summer; 9:00 a.m. in Tokyo is 8:00 p.m. of the day before, another day.
    expect(localFromJapanTime('23:00', 'US', { date: '2024-07-10', city: 'Washington D.C.' })).toBe('10:00');
    expect(localFromJapanTime('09:00', 'US', { date: '2024-07-10', city: 'Washington D.C.' })).toBeNull();
  });

  it("takes the capital's zone in a country of several zones when no city is named, and needs the date", () => {
    expect(localFromJapanTime('23:00', 'US', { date: '2024-07-10', city: null })).toBe('10:00');
    expect(localFromJapanTime('23:00', 'US', { date: '2024-07-10', city: 'San Francisco' })).toBe('07:00');
    expect(localFromJapanTime('20:00', 'FR', { date: null, city: 'Paris' })).toBeNull();
  });

  it('gives a meeting in London timed only by Japan clock its local start', () => {
    const result = extractPage({
      headline: 'Japan-UK Foreign Ministers’ Meeting',
      dateline: 'May 3, 2024',
      lead: 'On May 3, commencing at around 11:00 p.m. (Japan time) for approximately 45 minutes, Mr. X, Minister for Foreign Affairs of Japan, who is visiting London, the United Kingdom, held a meeting with the Rt Hon Y, Secretary of State for Foreign Affairs of the United Kingdom.',
    });
    const readout = result.kind === 'readout' ? result.readout : null;
    expect([readout?.startTime, readout?.japanTime?.time]).toEqual(['15:00', '23:00']);
  });
});
