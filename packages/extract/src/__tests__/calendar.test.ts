import { describe, expect, it } from 'vitest';
import { findEnglishDates, findJapaneseDates, isoDate, parseDateline } from '../dates/calendar';

describe('dates as MOFA writes them', () => {
  it('reads datelines in English and Japanese eras', () => {
    expect(parseDateline('August 17, 2018')).toBe('2018-08-17');
    expect(parseDateline('令和元年12月24日')).toBe('2019-12-24');
    expect(parseDateline('平成30年8月17日')).toBe('2018-08-17');
    expect(parseDateline('令和６年２月２７日'.normalize('NFKC'))).toBe('2024-02-27');
    expect(parseDateline('2024年2月27日')).toBe('2024-02-27');
    expect(parseDateline('On August 17, commencing at 1 p.m.')).toBeNull();
  });

  it('reads weekdays before and after an English date', () => {
    const [a] = findEnglishDates('On Thursday, September 27 (local time), Mr. X');
    expect(a).toMatchObject({ month: 9, day: 27, weekday: 4, year: null });
    const [b] = findEnglishDates('for about 15 minutes on June 17 (Thu).');
    expect(b).toMatchObject({ month: 6, day: 17, weekday: 4 });
    const [c] = findEnglishDates('On 17 August 2018, the minister');
    expect(c).toMatchObject({ month: 8, day: 17, year: 2018 });
  });

  it('reads day-only and "this day" Japanese dates', () => {
    expect(findJapaneseDates('24日午前9時頃')[0]).toMatchObject({ month: null, day: 24 });
    expect(findJapaneseDates('本29日,午後0時頃から')[0]).toMatchObject({ month: null, day: 29 });
    expect(findJapaneseDates('日本時間')).toHaveLength(0);
  });

  it('rejects dates that do not exist', () => {
    expect(isoDate(2023, 2, 29)).toBeNull();
    expect(isoDate(2024, 2, 29)).toBe('2024-02-29');
  });
});
