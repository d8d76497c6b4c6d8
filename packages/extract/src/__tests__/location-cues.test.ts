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

describe('a clock named after the place', () => {
  it('reads "(France time)" as a meeting in France', () => {
    expect(
      where(
        'On November 30, commencing at 1:15 p.m. (France time) for approximately 40 minutes, Mr. Shinzo Abe, Prime Minister of Japan, held a summit meeting with H.E. Mr. Benjamin Netanyahu, Prime Minister of the State of Israel.',
        'en',
      ),
    ).toEqual([null, 'FR']);
    expect(
      where(
        '11月30日午後1時15分(フランス時間)から約40分間,安倍総理大臣は,X首相と首脳会談を行いました。',
        'ja',
      ),
    ).toEqual([null, 'FR']);
  });

  it('does not read "(Japan time)" or 現地時間 as a place', () => {
    expect(where('On May 1, from 9 p.m. (Japan time), Mr. X held a meeting with Mr. Y.', 'en')).toBeNull();
    expect(where('5月1日午後4時(現地時間)から,X大臣はY大臣と会談を行いました。', 'ja')).toBeNull();
  });
});

describe('a courtesy call received', () => {
  it('places a courtesy call a Japanese principal receives in Japan', () => {
    expect(
      where(
        'On May 1, commencing at 4:00 p.m. for approximately 15 minutes, Mr. ISHIBA Shigeru, Prime Minister of Japan, received a courtesy call from Mr. Jose Ramos-Horta, President of the Democratic Republic of Timor-Leste.',
        'en',
      ),
    ).toEqual([null, 'JP']);
    expect(where('5月1日,岩屋外務大臣は,X・ブラジル外務大臣による表敬を受けました。', 'ja')).toEqual([
      null,
      'JP',
    ]);
  });

  it('keeps the visited country when the lead names one', () => {
    expect(
      where(
        'On May 1, Mr. X, Minister for Foreign Affairs, who is visiting Brazil, received a courtesy call from Mr. Y.',
        'en',
      ),
    ).toEqual([null, 'BR']);
  });
});

describe('Tokyo venues named without "the"', () => {
  it('reads "at Iikura House" as Tokyo', () => {
    const loc = meetingLocation(
      'On 7 February, Mr. Taro Aso, Minister for Foreign Affairs of Japan, met with Mr. Luis Amado, Minister of State and Foreign Affairs of Portugal, at Iikura House for two hours from 18:30.',
      'en',
      false,
    );
    expect(loc).toEqual({ city: 'Tokyo', country: 'JP', venue: 'Iikura House' });
  });
});

describe('cities with particles and conferences named after a city', () => {
  it('reads "in Rio de Janeiro" (a lower-case particle inside the name)', () => {
    expect(
      where(
        'On May 3, Mr. X, Prime Minister of Japan, held a meeting with Mr. Y, President of Z, on the margins of the G20 Summit in Rio de Janeiro.',
        'en',
      ),
    ).toEqual(['Rio de Janeiro', 'BR']);
  });

  it('reads G20リオデジャネイロ・サミットに出席中の as the summit’s city', () => {
    expect(
      where('5月3日,G20リオデジャネイロ・サミットに出席中の石破総理大臣は,Y大統領と会談を行いました。', 'ja'),
    ).toEqual(['Rio de Janeiro', 'BR']);
  });
});
