import { describe, expect, it } from 'vitest';
import { meetingLocation } from '../location';

describe('meeting location', () => {
  it.each([
    [
      'Mr. Taro Kono, who is visiting Da Nang, the Socialist Republic of Viet Nam, to attend the APEC',
      { city: 'Da Nang', country: 'VN' },
    ],
    [
      'Mr. Koichiro Gemba, who was visiting New York, to attend the United Nations General Assembly',
      { city: 'New York', country: 'US' },
    ],
    [
      'Mr. Taro Kono, on his visit to the United Mexican States, held a meeting',
      { city: null, country: 'MX' },
    ],
    [
      'Mr. IWAYA Takeshi, during his visit to Beijing in the People’s Republic of China, held',
      { city: 'Beijing', country: 'CN' },
    ],
    ['Mr. IWAYA Takeshi, who is visiting Fiuggi, Italy to attend the G7', { city: 'Fiuggi', country: 'IT' }],
    [
      'with the Honorable Wendy R. Sherman, during her visit to Japan to attend',
      { city: null, country: 'JP' },
    ],
    [
      'Senator the Hon Marise Payne, who is visiting Japan to attend the G20 Aichi-Nagoya Foreign Ministers’ Meeting',
      { city: 'Nagoya', country: 'JP' },
    ],
    ['On May 3, Mr. X held a meeting with Mr. Y in London.', { city: 'London', country: 'GB' }],
  ])('%s', (lead, expected) => {
    expect(meetingLocation(lead, 'en', false)).toMatchObject(expected);
  });

  it('keeps the venue', () => {
    expect(
      meetingLocation(
        'Mr. Taro Kono, on his visit to the United Mexican States, held a meeting with H.E. Dr. X, at the Mexican Secretariat of Foreign Affairs. The overview',
        'en',
        false,
      ),
    ).toEqual({ city: null, country: 'MX', venue: 'the Mexican Secretariat of Foreign Affairs' });
  });

  it.each([
    ['日中韓サミット出席のため中国・成都を訪問中の茂木外務大臣は', { city: 'Chengdu', country: 'CN' }],
    ['本29日午後6時20分頃から約40分間,横浜において,河野太郎外務大臣は', { city: 'Yokohama', country: 'JP' }],
    ['G20大阪サミット出席のため訪日中のジャイル・ボルソナーロ大統領', { city: 'Osaka', country: 'JP' }],
    [
      'メキシコを訪問中の河野太郎外務大臣は,メキシコ外務省において',
      { country: 'MX', venue: 'メキシコ外務省' },
    ],
    ['柘植外務副大臣は、駐日ペルー共和国大使館を訪問し', { country: 'JP', venue: '駐日ペルー共和国大使館' }],
  ])('%s', (lead, expected) => {
    expect(meetingLocation(lead, 'ja', false)).toMatchObject(expected);
  });

  it('gives no place for telephone and video talks, or when the lead names none', () => {
    expect(meetingLocation('who is visiting Japan', 'en', true)).toBeNull();
    expect(meetingLocation('On September 2, Mr. X held a meeting with Mr. Y.', 'en', false)).toBeNull();
  });
});

describe('meeting location from "in City, Country"', () => {
  it('takes an unknown city name before a country', () => {
    expect(
      meetingLocation(
        'held a meeting with Mr. Wang Yi on the margins of the APEC Economic Leaders’ Week in Gyeongju, the Republic of Korea.',
        'en',
        false,
      ),
    ).toEqual({ city: 'Gyeongju', country: 'KR', venue: null });
    expect(
      meetingLocation('Ms. X, who was visiting Gyeongju, Republic of Korea, held', 'en', false),
    ).toMatchObject({
      city: 'Gyeongju',
      country: 'KR',
    });
  });
});

describe('Tokyo venues', () => {
  it('places MOFA, the Kantei and Iikura House in Tokyo when nothing else is said', () => {
    expect(
      meetingLocation(
        'Mr. X held a meeting with Mr. Y at the Ministry of Foreign Affairs. The overview',
        'en',
        false,
      ),
    ).toEqual({
      city: 'Tokyo',
      country: 'JP',
      venue: 'the Ministry of Foreign Affairs',
    });
    expect(
      meetingLocation('上川外務大臣は、飯倉公館において、X外務大臣と会談を行いました', 'ja', false),
    ).toEqual({
      city: 'Tokyo',
      country: 'JP',
      venue: '飯倉公館',
    });
    expect(meetingLocation('at the Ministry of Foreign Affairs of Peru. The overview', 'en', false)).toEqual({
      city: null,
      country: 'PE',
      venue: 'the Ministry of Foreign Affairs of Peru',
    });
  });
});

describe('cities named elsewhere in the lead', () => {
  it('completes the visited country with a city of that country', () => {
    expect(
      meetingLocation(
        'Mr. X, who is visiting the United States, held a meeting with Mr. Y in Washington, D.C.',
        'en',
        false,
      ),
    ).toMatchObject({ city: 'Washington D.C.', country: 'US' });
  });
});
