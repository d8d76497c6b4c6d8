// The verb that ends the Japanese principal's title: "…, Minister for Foreign Affairs of Japan,
// spoke over the phone with H.E. …" must not swallow the counterpart into that title; "who is
// accompanying Mr. X" names someone who is not at the table.
import { describe, expect, it } from 'vitest';
import { extractPage } from './factories';

const people = (lead: string) => {
  const result = extractPage({
    headline: 'Japan-ROK Foreign Ministers’ Telephone Talks',
    dateline: 'December 11, 2024',
    lead,
  });
  return result.kind === 'readout' ? result.readout.participants.map((p) => [p.side, p.name, p.title]) : [];
};

describe('verbs of talking after a title', () => {
  it('ends the title at "spoke over the phone with"', () => {
    expect(
      people(
        'On December 11, commencing at 7:20 p.m. for approximately 20 minutes, (Japan Time), Mr. Iwaya Takeshi, Minister for Foreign Affairs of Japan, spoke over the phone with H.E. Cho Tae-yul, Minister of Foreign Affairs of the Republic of Korea (ROK). The summary of the telephone talks is as follows.',
      ),
    ).toEqual([
      ['japan', 'Iwaya Takeshi', 'Minister for Foreign Affairs of Japan'],
      ['counterpart', 'Cho Tae-yul', 'Minister of Foreign Affairs of the Republic of Korea'],
    ]);
  });

  it('ends the title at "talked with"', () => {
    expect(
      people(
        'On May 2, from 9:00 a.m. for about 15 minutes, Mr. Taro Kono, Minister for Foreign Affairs of Japan, talked with H.E. Mr. Kang Kyung-wha, Minister of Foreign Affairs of the Republic of Korea, over the telephone.',
      )[0],
    ).toEqual(['japan', 'Taro Kono', 'Minister for Foreign Affairs of Japan']);
  });
});

describe('people a principal accompanies', () => {
  it('leaves out the leader a minister is accompanying on a visit', () => {
    expect(
      people(
        "On October 26, commencing at around 3 p.m. (local time) for approximately 30 minutes, Mr. Taro Kono, Minister for Foreign Affairs, who is accompanying Mr. Shinzo Abe, Prime Minister of Japan, on his visit to the People's Republic of China, held the fifth Japan-China Foreign Ministers' Meeting of 2018 with H.E. Mr. Wang Yi, State Councilor and Foreign Minister for the People's Republic of China.",
      ).map(([side, name]) => [side, name]),
    ).toEqual([
      ['japan', 'Taro Kono'],
      ['counterpart', 'Wang Yi'],
    ]);
  });
});

describe('telephone leads without "telephone talk"', () => {
  it('reads "spoke on the phone with" as a telephone lead', () => {
    const result = extractPage({
      headline: 'Japan-U.S. Foreign Ministers’ Telephone Talk',
      dateline: 'March 5, 2025',
      lead: 'On March 5, commencing at 8:45 a.m. for approximately 25 minutes, Mr. IWAYA Takeshi, Minister for Foreign Affairs of Japan, spoke on the phone with the Honorable Marco Rubio, Secretary of State of the United States of America.',
    });
    expect(result.kind).toBe('readout');
    if (result.kind === 'readout') expect(result.readout.format).toBe('telephone');
  });
});

describe('a visit reported after the fact', () => {
  it('reads "From May 1 to 3, Ms. X, Minister for Foreign Affairs of Japan, visited Y" as a readout', () => {
    const result = extractPage({
      headline: 'Foreign Minister Kamikawa Visits Viet Nam (Overview of Results)',
      dateline: 'May 3, 2024',
      lead: 'From May 1 to 3, Ms. KAMIKAWA Yoko, Minister for Foreign Affairs of Japan, visited the Socialist Republic of Viet Nam. The overview is as follows.',
    });
    expect(result.kind).toBe('readout');
  });

  it('keeps an announced visit ("will visit") a non-readout', () => {
    const result = extractPage({
      headline: 'Visit to Japan by H.E. Mr. X, Minister of Foreign Affairs of Y',
      dateline: 'May 3, 2024',
      lead: 'H.E. Mr. X, Minister of Foreign Affairs of Y, will visit Japan from May 5 to 8. During his stay, Mr. X is scheduled to hold a meeting with Ms. KAMIKAWA Yoko, Minister for Foreign Affairs of Japan.',
    });
    expect(result.kind).toBe('not-readout');
  });
});

describe('passive leads', () => {
  it('reads "… was convened in Tokyo between Mr. X … and Mr. Y …" as a lead', () => {
    const result = extractPage({
      headline: 'Japan-India Vice-Ministerial Dialogue',
      dateline: 'May 3, 2024',
      lead: 'On May 3, the Japan-India Vice-Ministerial Dialogue was convened in Tokyo between Mr. OKANO Masataka, Vice-Minister for Foreign Affairs of Japan, and Mr. Vinay Kwatra, Foreign Secretary of India.',
    });
    expect(result.kind).toBe('readout');
  });
});

describe('Japanese announcements in the plain future', () => {
  it('reads 会談を行います (without 予定) as an announcement, not a readout', () => {
    const result = extractPage({
      lang: 'ja',
      headline: '日・フィリピン外相会談の開催',
      dateline: '令和6年7月5日',
      lead: '7月8日,上川陽子外務大臣は,エンリケ・マナロ・フィリピン外務大臣と会談を行います。',
    });
    expect(result.kind).toBe('not-readout');
  });

  it('keeps 会談を行いました a readout', () => {
    const result = extractPage({
      lang: 'ja',
      headline: '日・フィリピン外相会談',
      dateline: '令和6年7月8日',
      lead: '7月8日,上川陽子外務大臣は,エンリケ・マナロ・フィリピン外務大臣と会談を行いました。',
    });
    expect(result.kind).toBe('readout');
  });
});
