// Titles built for pages without a headline: an event phrase or "<event> with <counterpart>",
// never the section label and never a fragment of the lead.
import { describe, expect, it } from 'vitest';
import { readoutOf } from './factories';

const titleOf = (lead: string, section: string, lang: 'en' | 'ja' = 'en') =>
  readoutOf({
    lang,
    headline: null,
    section,
    dateline: lang === 'ja' ? '平成28年4月10日' : 'January 7, 2019',
    lead,
  }).title;

describe('built titles', () => {
  it('keeps an ordinal event phrase rather than the section label', () => {
    expect(
      titleOf(
        'Mr. Taro Kono, Minister for Foreign Affairs, held the 10th Japan-India Foreign Ministers’ Strategic Dialogue with H.E. Ms. Sushma Swaraj, Minister of External Affairs of India, during his visit to India, from 6:30PM on January 7th for approximately 75 minutes.',
        'Japan-India Relations',
      ),
    ).toBe('10th Japan-India Foreign Ministers’ Strategic Dialogue');
  });

  it('keeps a G7 meeting phrase without prefixing the participants’ countries', () => {
    expect(
      titleOf(
        'On June 21, during his visit to London, Mr. HAYASHI Yoshimasa, Minister for Foreign Affairs of Japan, hosted the third G7 Foreign Ministers’ Meeting for approximately 55 minutes. (Foreign Ministers of the G7 countries (except Canada), Minister of International Development of Canada, and EU Ambassador to the United Kingdom attended.)',
        'G7',
      ),
    ).toBe('Third G7 Foreign Ministers’ Meeting');
  });

  it('names the invited group of a dinner meeting instead of the bare word "Dinner"', () => {
    expect(
      titleOf(
        'On September 20, Mr. Taro Kono, Minister for Foreign Affairs, hosted a dinner meeting inviting African foreign ministers. The overview of the meeting is as follows.',
        'Africa',
      ),
    ).toBe('Dinner Meeting with African foreign ministers');
  });

  it('builds "<counterpart>との会談" instead of the fragment 間で会談', () => {
    expect(
      titleOf(
        '4月10日22時20分から約40分間,岸田文雄外務大臣は,フランク=ヴァルター・シュタインマイヤー・ドイツ連邦共和国外務大臣(H.E. Dr. Frank-Walter Steinmeier, Federal Minister for Foreign Affairs, Germany)との間で会談を行いました。',
        'ドイツ連邦共和国',
        'ja',
      ),
    ).toBe('フランク=ヴァルター・シュタインマイヤー・ドイツ連邦共和国外務大臣との会談');
  });
});

describe('built titles for unnamed groups', () => {
  it('names the group the lead meets rather than falling back to the section label', () => {
    expect(
      titleOf(
        'On September 21, Ms. KAMIKAWA Yoko, Minister for Foreign Affairs, who is visiting New York, co-chaired a meeting with the Foreign Ministers of the Pacific Island Countries at the United Nations Headquarters.',
        'Section label',
      ),
    ).toBe('Meeting with the Foreign Ministers of the Pacific Island Countries');
  });
});
