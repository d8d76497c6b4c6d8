import { describe, expect, it } from 'vitest';
import { findEnglishTimes, findJapaneseTimes } from '../dates/clock';
import { durationFromRange } from '../dates/duration';

const firstEn = (t: string) => findEnglishTimes(t)[0]?.time ?? null;
const firstJa = (t: string) => findJapaneseTimes(t)[0]?.time ?? null;

describe('clock times', () => {
  it.each([
    ['starting from just after 5:00 p.m. on June 17', '17:00'],
    ['from around 11:00 a.m. for approximately 30 minutes', '11:00'],
    ['commencing at 1 p.m. (local time)', '13:00'],
    ['commencing at around 9 a.m.', '09:00'],
    ['for approximately 30 minutes from 3:15 pm', '15:15'],
    ['commencing at 12:00 p.m.', '12:00'],
    ['a little after 12 a.m.', '00:00'],
    ['from around noon', '12:00'],
    ['from 14:30 for about an hour', '14:30'],
  ])('reads %s', (text, time) => {
    expect(firstEn(text)).toBe(time);
  });

  it.each([
    ['24日午前9時頃(現地時間)から', '09:00'],
    ['本29日,午後0時頃から約15分間', '12:00'],
    ['8月17日13時00分(現地時間)から', '13:00'],
    ['午後6時20分頃から約40分間', '18:20'],
    ['午後2時半から', '14:30'],
    ['正午から', '12:00'],
  ])('reads %s', (text, time) => {
    expect(firstJa(text)).toBe(time);
  });

  it('does not read durations as clock times', () => {
    expect(firstJa('約1時間にわたり')).toBeNull();
    expect(firstEn('for approximately 60 minutes')).toBeNull();
  });
});

describe('a range whose start shares the end’s a.m./p.m.', () => {
  it('reads "from 3:00 to 3:45 p.m." and "from 3 to 4 p.m." as afternoon times', () => {
    expect(findEnglishTimes('from 3:00 to 3:45 p.m.,').map((t) => t.time)).toEqual(['15:00', '15:45']);
    expect(findEnglishTimes('from 3 to 4 p.m.,').map((t) => t.time)).toEqual(['15:00', '16:00']);
    expect(durationFromRange('On May 3, from 3:00 to 3:45 p.m., Mr. X held a meeting.', 'en')).toBe(45);
  });

  it('keeps a start later on the dial in the morning ("from 11 to 1 p.m.")', () => {
    expect(findEnglishTimes('from 11 to 1 p.m.').map((t) => t.time)).toEqual(['11:00', '13:00']);
  });
});

describe('noon written as 0', () => {
  it('reads "0:20 p.m." as 12:20 and "8.p.m." as 20:00, but not "0:20 a.m."', () => {
    expect(
      findEnglishTimes('commencing at around 0:20 p.m. for approximately 1 hour').map((t) => t.time),
    ).toEqual(['12:20']);
    expect(findEnglishTimes('each from 8.p.m. (JST)').map((t) => t.time)).toEqual(['20:00']);
    expect(findEnglishTimes('at 0:20 a.m.').map((t) => t.time)).toEqual([]);
  });
});
