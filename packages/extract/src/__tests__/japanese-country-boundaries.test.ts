// Japanese country names count only as whole words, and a counterpart's country comes from the
// Japanese title before the host country of the Japanese side's visit.
import { describe, expect, it } from 'vitest';
import { findJapaneseCountries } from '../data/japanese-countries';
import { japaneseParticipants } from '../people/japanese';

const codes = (text: string) => findJapaneseCountries(text).map((h) => h.code);
const counterparts = (text: string, fallback: string | null) =>
  japaneseParticipants(text, fallback)
    .filter((p) => p.side === 'counterpart')
    .map((p) => [p.name, p.country]);

describe('Japanese country names at word boundaries', () => {
  it('does not find タイ inside the katakana name シュタインマイヤー', () => {
    expect(codes('シュタインマイヤー外相')).toEqual([]);
    expect(codes('フランク=ヴァルター・シュタインマイヤー・ドイツ連邦共和国外務大臣')).toEqual(['DE']);
  });

  it('does not read インド太平洋 (the Indo-Pacific) as India', () => {
    expect(codes('自由で開かれたインド太平洋の実現、インド外務大臣')).toEqual(['IN']);
  });

  it('still finds a katakana country followed by 国, の, ・ or a title', () => {
    expect(codes('タイ王国首相、タイの外相、タイ・ベトナム首脳会談')).toEqual(['TH', 'TH', 'TH', 'VN']);
  });
});

describe('the counterpart country of a Japanese lead', () => {
  it('takes the country from ドイツ連邦共和国外務大臣 over a fallback when the English form omits "of Germany"', () => {
    expect(
      counterparts(
        '岸田文雄外務大臣は,フランク=ヴァルター・シュタインマイヤー・ドイツ連邦共和国外務大臣(H.E. Dr. Frank-Walter Steinmeier, Federal Minister for Foreign Affairs, Germany)との間で会談を行いました。',
        'TH',
      ),
    ).toEqual([['フランク=ヴァルター・シュタインマイヤー', 'DE']]);
  });

  it('prefers the Japanese title over the host country of a visit (英国を訪問中)', () => {
    expect(
      counterparts(
        '英国を訪問中の茂木敏充外務大臣は、ハイコ・マース・ドイツ連邦外務大臣(H.E. Mr. Heiko MAAS, Federal Minister for Foreign Affairs)と外相会談を行った',
        'GB',
      ),
    ).toEqual([['ハイコ・マース', 'DE']]);
  });
});
