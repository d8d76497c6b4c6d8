// The verb that ends the Japanese principal's title: "…, Minister for Foreign Affairs of Japan,
// spoke over the phone with H.E. …" must not swallow the counterpart into that title.
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
