// Translator's and editor's notes after the points are not points.
import { describe, expect, it } from 'vitest';
import { readoutOf } from './factories';

const LEAD =
  'On Thursday, March 10, Mr. Takeaki Matsumoto, Minister for Foreign Affairs, had a conversation over the phone with Dr. Yang Jiechi, Minister of Foreign Affairs of the People’s Republic of China.';
const count = (body: string, lang: 'en' | 'ja' = 'en', lead = LEAD) =>
  readoutOf({ lang, headline: 'Telephone Conversation', dateline: 'March 10, 2011', lead, body }).points
    .length;

describe('notes after the points', () => {
  it('does not count a trailing "(*This is a provisional translation...)" bullet', () => {
    expect(
      count(
        '<ol><li><p>Minister Matsumoto thanked Minister Yang.</p></li><li><p>They agreed to cooperate.</p></li></ol><ul><li>(*This is a provisional translation. The above date denotes the date of the issue of the original press release in Japanese.)</li></ul>',
      ),
    ).toBe(2);
  });

  it('does not count a ※ note', () => {
    expect(
      count(
        '<ol><li>冒頭,岸田大臣から歓迎の意を表明しました。</li><li>両外相は協力で一致しました。</li></ol><ul><li>※本会談は,昨年の合意に基づくものです。</li></ul>',
        'ja',
        '3月10日,岸田文雄外務大臣は,王毅中国外交部長と電話会談を行いました。',
      ),
    ).toBe(2);
  });
});
