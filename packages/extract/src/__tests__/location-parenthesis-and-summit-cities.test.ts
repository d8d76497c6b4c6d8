// A place in parentheses ("(in New York)") and summit venues named alone ("visiting Antalya",
// "ドイツ・ハンブルクにて").
import { describe, expect, it } from 'vitest';
import { meetingLocation } from '../location';

describe('places in parentheses and summit cities', () => {
  it('reads "On the occasion of the General Assembly of the United Nations (in New York)"', () => {
    expect(
      meetingLocation(
        "On the occasion of the General Assembly of the United Nations (in New York), a Japan-China Foreign Ministers' Meeting was held on 24 September 2003 between Minister for Foreign Affairs Yoriko Kawaguchi and Minister of Foreign Affairs Li Zhaoxing for approximately 40 minutes.",
        'en',
        false,
      ),
    ).toMatchObject({ city: 'New York', country: 'US' });
  });

  it('knows G7 and G20 summit venues named without their country', () => {
    expect(
      meetingLocation(
        'On November 15, commencing at 11:30 a.m. (local time) for approximately 30 minutes, Mr. Shinzo Abe, Prime Minister of Japan, who is currently visiting Antalya, held a meeting with H.E. Jean-Claude Juncker, President of the European Commission.',
        'en',
        false,
      ),
    ).toMatchObject({ city: 'Antalya', country: 'TR' });
    expect(
      meetingLocation(
        '安倍総理は,7月7日15時05分から15時40分までの間,G20出席のため訪問中のドイツ・ハンブルクにて,ナレンドラ・モディ・インド首相との間で会談を行いました。',
        'ja',
        false,
      ),
    ).toMatchObject({ city: 'Hamburg', country: 'DE' });
  });

  it('reads the country of a visit told in the past tense ("visited the Republic of Korea (ROK) from May 29")', () => {
    expect(
      meetingLocation(
        'Minister for Foreign Affairs Yoriko Kawaguchi visited the Republic of Korea (ROK) from May 29 (Saturday) to May 30 (Sunday).',
        'en',
        false,
      ),
    ).toMatchObject({ country: 'KR' });
    expect(
      meetingLocation(
        'Foreign Minister Yoriko Kawaguchi visited France from January 12 (Sunday) to 14 (Tuesday).',
        'en',
        false,
      ),
    ).toMatchObject({ country: 'FR' });
  });
});
