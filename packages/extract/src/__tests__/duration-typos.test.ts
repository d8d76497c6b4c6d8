// Durations and times as MOFA sometimes types them: "75miniutes", "75 mins", "6:30PM".
import { describe, expect, it } from 'vitest';
import { findEnglishTimes } from '../dates/clock';
import { firstEnglishDuration } from '../dates/duration';

describe('durations with typos and no space', () => {
  it('reads "approximately 75miniutes" and its variants as 75', () => {
    expect(firstEnglishDuration('for approximately 75miniutes. The overview')).toBe(75);
    expect(firstEnglishDuration('for approximately 75 minutes')).toBe(75);
    expect(firstEnglishDuration('for about 75 mins')).toBe(75);
    expect(firstEnglishDuration('for approximately 2hours')).toBe(120);
  });

  it('never reads a name such as "Amin" as "a min"', () => {
    expect(firstEnglishDuration('met Mr. Amin Ahmed')).toBeNull();
  });

  it('reads a time written "6:30PM" in a lead without "On <date>,"', () => {
    const times = findEnglishTimes(
      'held the 10th Strategic Dialogue with H.E. Ms. Sushma Swaraj, from 6:30PM on January 7th (local time, 10:00PM January 7th Japan time) for approximately 75miniutes.',
    );
    expect(times[0]?.time).toBe('18:30');
  });
});
