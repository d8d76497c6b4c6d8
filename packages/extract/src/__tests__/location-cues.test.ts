// Location cues MOFA leads give without a full "visiting <country>" phrase.
import { describe, expect, it } from 'vitest';
import { meetingLocation } from '../location';

const where = (lead: string, lang: 'en' | 'ja') => {
  const loc = meetingLocation(lead, lang, false);
  return loc && [loc.city, loc.country];
};

describe('location cues', () => {
  it('reads ニューヨーク出張中 after a purpose clause, without を', () => {
    expect(
      where(
        '4月28日,北朝鮮に関する国連安保理非公式会合に出席するためニューヨーク出張中の岸田文雄外務大臣は,レックス・ティラソン米国務長官と立ち話を行った',
        'ja',
      ),
    ).toEqual(['New York', 'US']);
    expect(where('ニューヨーク訪問中の岸田外務大臣は,X外相と会談を行った', 'ja')).toEqual(['New York', 'US']);
  });

  it('places a meeting 国連内において in New York', () => {
    expect(where('岸田文雄外務大臣は,国連内において,X外相と立ち話を行った', 'ja')).toEqual([
      'New York',
      'US',
    ]);
  });

  it('places a courtesy call by an ambassador "to Japan" in Japan', () => {
    expect(
      where(
        'Minister for Foreign Affairs Fumio Kishida received a courtesy call from U.S. Ambassador to Japan Ms. Caroline Kennedy.',
        'en',
      ),
    ).toEqual([null, 'JP']);
  });

  it('places a call by a visitor 訪日中 in Japan', () => {
    expect(
      where('安倍晋三内閣総理大臣は,訪日中の王毅中華人民共和国国務委員による表敬を受けた', 'ja'),
    ).toEqual([null, 'JP']);
  });
});
