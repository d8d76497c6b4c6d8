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
