// MOFA's title-first naming in English leads: the title comes before the honorific and name.
import { describe, expect, it } from 'vitest';
import { englishParticipants } from '../people/english';
import { stripHonorifics } from '../people/names';

const brief = (text: string) =>
  englishParticipants(text, null).map((p) => [p.side, p.name, p.title, p.country]);

describe('English title-first naming', () => {
  it('reads "Minister for Foreign Affairs Fumio Kishida received a courtesy call from U.S. Ambassador to Japan Ms. Caroline Kennedy"', () => {
    expect(
      brief(
        'On July 29, commencing from 4:30 p.m. for around 30 minutes, Minister for Foreign Affairs Fumio Kishida received a courtesy call from U.S. Ambassador to Japan Ms. Caroline Kennedy.',
      ),
    ).toEqual([
      ['counterpart', 'Caroline Kennedy', 'U.S. Ambassador to Japan', 'US'],
      ['japan', 'Fumio Kishida', 'Minister for Foreign Affairs', 'JP'],
    ]);
  });

  it('never makes a participant of the honorific in "Minister for Foreign Affairs Ms. KAMIKAWA Yoko"', () => {
    expect(
      brief(
        'On Thursday, August 1, for about 35 minutes from 2:00 p.m., Minister for Foreign Affairs Ms. KAMIKAWA Yoko received a courtesy call from the Diplomatic Missions of East African countries to Japan.',
      ),
    ).toEqual([['japan', 'KAMIKAWA Yoko', 'Minister for Foreign Affairs', 'JP']]);
  });

  it('ignores a possessive mention ("in response to Mr. Matsumoto\'s assumption of office")', () => {
    const people = brief(
      "On Thursday, March 10, Mr. Takeaki Matsumoto, Minister for Foreign Affairs, had a conversation over the phone with Dr. Yang Jiechi, Minister of Foreign Affairs of the People's Republic of China, in response to Mr. Matsumoto's assumption of the office of Foreign Minister.",
    );
    expect(people.map((p) => p[1])).toEqual(['Takeaki Matsumoto', 'Yang Jiechi']);
  });

  it('strips trailing punctuation from names', () => {
    expect(stripHonorifics('Ms. Caroline Kennedy.')).toBe('Caroline Kennedy');
    expect(stripHonorifics('Mr. John Smith,')).toBe('John Smith');
  });
});

describe('ambassadors named after their posting, without an honorific', () => {
  it('reads "Ambassador to China Uichiro Niwa" as Japan\'s ambassador', () => {
    expect(
      brief(
        'On June 20, Mr. Koichiro Gemba, Minister for Foreign Affairs, received a courtesy call from Ambassador to China Uichiro Niwa.',
      ),
    ).toEqual([
      ['japan', 'Koichiro Gemba', 'Minister for Foreign Affairs', 'JP'],
      ['japan', 'Uichiro Niwa', 'Ambassador to China', 'JP'],
    ]);
  });

  it('reads "Chinese Ambassador to Japan Cheng Yonghua" as the sending country\'s', () => {
    expect(
      brief(
        'On May 9, Minister for Foreign Affairs Fumio Kishida received a courtesy call from Chinese Ambassador to Japan Cheng Yonghua.',
      ),
    ).toContainEqual(['counterpart', 'Cheng Yonghua', 'Chinese Ambassador to Japan', 'CN']);
  });

  it('drops the full stop after a title-first name that ends the sentence', () => {
    const people = brief(
      'On June 20, Ambassador to China Uichiro Niwa paid a courtesy call on Minister for Foreign Affairs Koichiro Gemba.',
    );
    expect(people).toContainEqual(['japan', 'Koichiro Gemba', 'Minister for Foreign Affairs', 'JP']);
    expect(people).toContainEqual(['japan', 'Uichiro Niwa', 'Ambassador to China', 'JP']);
  });
});

describe('title-first principals of the 2000s', () => {
  it('reads "Foreign Minister Masahiko Koumura met with Mr. Sergey Lavrov, …" with Koumura on Japan\'s side', () => {
    expect(
      brief(
        'On September 21, Foreign Minister Masahiko Koumura met with Mr. Sergey Lavrov, Minister of Foreign Affairs of the Russian Federation, in New York.',
      ),
    ).toEqual([
      // A known officeholder ("Koumura" is 高村, listed as Komura) joins after the honorific-named.
      ['counterpart', 'Sergey Lavrov', 'Minister of Foreign Affairs of the Russian Federation', 'RU'],
      ['japan', 'Masahiko Koumura', 'Foreign Minister', 'JP'],
    ]);
  });

  it('reads "Ambassador of Brazil to Japan Andre Correa do Lago" as Brazil\'s', () => {
    expect(
      brief(
        'On May 7, State Minister for Foreign Affairs Ichiro Aisawa received a courtesy call from Ambassador of Brazil to Japan Andre Correa do Lago.',
      ),
    ).toContainEqual(['counterpart', 'Andre Correa do Lago', 'Ambassador of Brazil to Japan', 'BR']);
  });
});
