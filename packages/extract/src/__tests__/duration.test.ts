import { describe, expect, it } from 'vitest';
import { durationFromRange, firstEnglishDuration, firstJapaneseDuration } from '../dates/duration';

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

describe('a range on the 24-hour clock', () => {
  it('reads "from 12:30 to 13:15" as 45 minutes', () => {
    expect(
      durationFromRange('On Friday, May 3, from 12:30 to 13:15, Ms. X held a meeting with Mr. Y.', 'en'),
    ).toBe(45);
  });
});

describe('Japanese durations without 約 or 間', () => {
  it('reads 30分程 and 40分余り', () => {
    expect(firstJapaneseDuration('午後3時から30分程,会談を行いました。')).toBe(30);
    expect(firstJapaneseDuration('午後3時から40分余り,会談を行いました。')).toBe(40);
  });
});
