// When the lead names no place, a welcome to Japan in the first points places the meeting in Japan.
import { describe, expect, it } from 'vitest';
import { locationFromPoints } from '../location-body';

const where = (texts: string[], lang: 'en' | 'ja') => {
  const loc = locationFromPoints(
    texts.map((text) => ({ text })),
    lang,
  );
  return loc && [loc.city, loc.country];
};

describe('location from the points', () => {
  it('reads 再び広島にお迎え as Hiroshima, Japan', () => {
    expect(
      where(
        [
          '岸田大臣からは,G7外相会合議長としてシュタインマイヤー外相を再び広島にお迎えできることを嬉しく思う旨述べました。',
        ],
        'ja',
      ),
    ).toEqual(['Hiroshima', 'JP']);
  });

  it('reads 訪日を改めて歓迎 as Japan', () => {
    expect(where(['冒頭,安倍総理から,文在寅大統領の訪日を改めて歓迎する旨述べた。'], 'ja')).toEqual([
      null,
      'JP',
    ]);
  });

  it('reads "welcomed Minister X’s visit to Japan" as Japan', () => {
    expect(where(['Minister Kishida welcomed Minister Bishop’s visit to Japan.'], 'en')).toEqual([
      null,
      'JP',
    ]);
  });

  it('ignores a visit still to come (来月の訪日を歓迎, "the upcoming visit to Japan")', () => {
    expect(where(['来月の訪日を歓迎する旨述べた。'], 'ja')).toBeNull();
    expect(where(['Minister Kishida welcomed the upcoming visit to Japan.'], 'en')).toBeNull();
  });
});
