import { describe, expect, it } from 'vitest';
import { resolveJapanTime, splitJapanTime } from '../dates/japan-time';

describe('Japan time beside local time', () => {
  it('separates the statement and dates it from its own text', () => {
    const split = splitJapanTime(
      'On February 14, commencing at 11:00 a.m. (1:00 a.m. on February 15, Japan time), for approximately 1 hour',
      'en',
    );
    expect(split.local).not.toMatch(/Japan time/);
    expect(resolveJapanTime(split.japan, '2023-02-14')).toEqual({
      date: '2023-02-15',
      time: '01:00',
      text: '1:00 a.m. on February 15, Japan time',
    });
  });

  it('reads "on the same day" and JST', () => {
    const same = splitJapanTime('at 12:00 p.m. (8:00 p.m. on the same day, Japan Time)', 'en');
    expect(resolveJapanTime(same.japan, '2024-11-26')).toMatchObject({ date: '2024-11-26', time: '20:00' });
    const jst = splitJapanTime('at 8:35 a.m. local time (On February 12, at 6:35 a.m. JST)', 'en');
    expect(resolveJapanTime(jst.japan, '2022-02-12')).toMatchObject({ date: '2022-02-12', time: '06:35' });
  });

  it('moves an undated Japan time to the next day when the clock wrapped', () => {
    const split = splitJapanTime('at 11:00 p.m. (1:00 p.m. Japan time)', 'en');
    expect(resolveJapanTime(split.japan, '2023-02-14', '23:00', 'US')?.date).toBe('2023-02-15');
    expect(resolveJapanTime(split.japan, '2023-02-14', '23:00', 'NZ')?.date).toBe('2023-02-14');
  });

  it('reads Japanese 日本時間', () => {
    const split = splitJapanTime('26日午後1時(日本時間同日午後9時)から', 'ja');
    expect(resolveJapanTime(split.japan, '2024-11-26')).toMatchObject({ date: '2024-11-26', time: '21:00' });
  });

  it('leaves leads without a Japan-time statement alone', () => {
    expect(splitJapanTime('On May 3, at 10 a.m.', 'en')).toEqual({
      local: 'On May 3, at 10 a.m.',
      japan: null,
    });
  });
});
