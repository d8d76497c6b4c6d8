import { describe, expect, it } from 'vitest';
import {
  durationFromRange,
  findEnglishTimes,
  findJapaneseTimes,
  firstEnglishDuration,
  firstJapaneseDuration,
} from '../dates/clock';

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

describe('durations', () => {
  it.each([
    ['for about 15 minutes', 15],
    ['for approximately 1 hour', 60],
    ['for approximately two hours and ten minutes', 130],
    ['for an hour and 40 minutes', 100],
    ['(Approximately 60 minute consultations from 10:55 a.m.)', 60],
    ['for approximately 3 hours', 180],
    ['for half an hour', 30],
    ['for one and a half hours', 90],
    ['for about an hour and a half', 90],
    ['for forty-five minutes', 45],
    ['for 1.5 hours', 90],
  ])('reads %s', (text, minutes) => {
    expect(firstEnglishDuration(text)).toBe(minutes);
  });

  it.each([
    ['約90分間', 90],
    ['約1時間30分', 90],
    ['約1時間半', 90],
    ['約2時間', 120],
    ['30分程度', 30],
    ['１５分間'.normalize('NFKC'), 15],
  ])('reads %s', (text, minutes) => {
    expect(firstJapaneseDuration(text)).toBe(minutes);
  });

  it('does not take the minutes of a clock time for a duration', () => {
    expect(firstJapaneseDuration('8月17日13時00分(現地時間)から')).toBeNull();
    expect(firstJapaneseDuration('午後2時45分から約20分間')).toBe(20);
  });

  it('computes a duration from a stated time range', () => {
    expect(durationFromRange('from 10:00 a.m. to 11:15 a.m.', 'en')).toBe(75);
    expect(durationFromRange('午後6時30分から7時15分まで', 'ja')).toBe(45);
    expect(durationFromRange('at 10:00 a.m. and again at 1:00 p.m.', 'en')).toBeNull();
  });
});
