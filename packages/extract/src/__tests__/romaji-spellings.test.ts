// MOFA spells some ministers' names with the long vowel written out ("Koumura" for 高村, listed as
// Komura): both spellings name the same officeholder, for the side and for the year of office.
import { describe, expect, it } from 'vitest';
import { romajiKey } from '../data/japan-officials';
import { resolveMeetingDate } from '../dates/meeting-date';
import { englishParticipants } from '../people/english';

describe('romanised spellings of Japanese ministers', () => {
  it('folds long vowels', () => {
    expect(romajiKey('Koumura')).toBe(romajiKey('Komura'));
    expect(romajiKey('Kouno')).toBe(romajiKey('Kono'));
    expect(romajiKey('Ohira')).toBe(romajiKey('Oohira'));
    expect(romajiKey('Yoshihiko')).toBe('yoshihiko');
  });

  it('puts "Foreign Minister Masahiko Koumura" on Japan\'s side and dates the talk by his term', () => {
    const lead =
      'Foreign Minister Masahiko Koumura held a telephone conversation with Secretary of State Condoleezza Rice for about 20 minutes from 8:15 a.m. on January 9 (Japan time).';
    const japan = englishParticipants(lead, 'US').filter((p) => p.side === 'japan');
    expect(japan.map((p) => p.name)).toEqual(['Masahiko Koumura']);
    const date = resolveMeetingDate(
      { year: null, month: 1, day: 9, weekday: null, index: 0, end: 0 },
      {
        published: null,
        url: 'https://www.mofa.go.jp/x.html',
        japanSide: [{ name: 'Masahiko Koumura', title: 'Foreign Minister' }],
      },
    );
    expect(date.date).toBe('2008-01-09');
  });
});
