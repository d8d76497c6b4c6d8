// Japanese officials whose title names no country: MOFA's own posts ("Foreign Press Secretary",
// "Director-General of Asian and Oceanian Affairs Bureau") put them on Japan's side.
import { describe, expect, it } from 'vitest';
import { extractPage } from './factories';

const sides = (lead: string) => {
  const result = extractPage({
    headline: 'Japan-China Foreign Ministers’ Meeting',
    dateline: 'April 15, 2019',
    lead,
  });
  return result.kind === 'readout' ? result.readout.participants.map((p) => [p.side, p.name]) : [];
};

describe('Japanese officials titled without a country', () => {
  it('puts the Foreign Press Secretary on Japan’s side', () => {
    expect(
      sides(
        'On April 15, commencing after 12 p.m. (local time), Mr. Taro Kono, Minister for Foreign Affairs of Japan, held a Japan-China Foreign Ministers’ Meeting with H.E. Mr. Wang Yi, State Councilor and Foreign Minister of China (from Japan, Mr. Yutaka Yokoi, Ambassador of Japan to China, Mr. Takeshi Osuga, Foreign Press Secretary, and others attended).',
      ),
    ).toContainEqual(['japan', 'Takeshi Osuga']);
  });

  it('puts a bureau Director-General without "the" on Japan’s side, beside a title-first minister', () => {
    const people = sides(
      'Minister for Foreign Affairs Koichiro Gemba held the Japan-China foreign Ministers’ Meeting with Dr. Yang Jiechi, Minister of Foreign Affairs of the People’s Republic of China, in Ningbo, China on April 7 (Japanese officials also in attendance included Mr. Shinsuke Sugiyama, Director-General of Asian and Oceanian Affairs Bureau, Ministry of Foreign Affairs).',
    );
    expect(people).toContainEqual(['japan', 'Shinsuke Sugiyama']);
    expect(people).toContainEqual(['japan', 'Koichiro Gemba']);
  });

  it('keeps a foreign "Director-General of the Department of …" on the counterpart side', () => {
    expect(
      sides(
        'On April 15, Mr. Taro Kono, Minister for Foreign Affairs of Japan, held a meeting with H.E. Mr. Wang Yi, State Councilor and Foreign Minister of China (from China, Mr. Wu Jianghao, Director-General of the Department of Asian Affairs of the Foreign Ministry, and others attended).',
      ),
    ).toContainEqual(['counterpart', 'Wu Jianghao']);
  });
});
