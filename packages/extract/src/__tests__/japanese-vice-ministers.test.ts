// Foreign officials below minister rank in Japanese leads: 外務次官, 上院議員, 国務委員 close a
// designation as 外務大臣 does, so カマルディノフ・カザフスタン外務次官 is a counterpart.
import { describe, expect, it } from 'vitest';
import { extractPage } from './factories';

const people = (lead: string) => {
  const result = extractPage({
    lang: 'ja',
    headline: 'カザフスタン,ウズベキスタン外務次官による武藤外務副大臣表敬',
    dateline: '平成28年3月29日',
    lead,
  });
  return result.kind === 'readout' ? result.readout.participants.map((p) => [p.side, p.name, p.country]) : [];
};

describe('vice-ministers and other officials in Japanese leads', () => {
  it('reads two visiting vice-ministers joined by 及び', () => {
    expect(
      people(
        '3月24日,武藤容治外務副大臣は,「中央アジア+日本」対話・第11回高級実務者会合(SOM)に参加するため訪日中の,カマルディノフ・カザフスタン外務次官及びファジロフ・ウズベキスタン外務次官による表敬を受けたところ,それぞれの概要は以下のとおりです。',
      ),
    ).toEqual([
      ['japan', '武藤容治', 'JP'],
      ['counterpart', 'カマルディノフ', 'KZ'],
      ['counterpart', 'ファジロフ', 'UZ'],
    ]);
  });

  it('reads a foreign senator', () => {
    expect(
      people(
        '5月1日,岸田外務大臣は,訪日中のマケイン米国上院議員の表敬を受けたところ,概要は以下のとおりです。',
      ).slice(1),
    ).toEqual([['counterpart', 'マケイン', 'US']]);
  });
});

describe('English forms opening with a bare "Hon."', () => {
  it('reads a counterpart whose English form starts "Hon."', () => {
    expect(
      people(
        '現地時間2月12日午前11時35分(日本時間同日午前8時35分)から約25分間、フィジー共和国のスバを訪問中の上川陽子外務大臣は、フェキタモエロア・カトア・ウトイカマヌ・トンガ王国外務大臣兼観光大臣(Hon. Fekitamoeloa Katoa ‘Utoikamanu, Minister for Foreign Affairs and Minister for Tourism, Kingdom of Tonga)との会談を行ったところ、概要は以下のとおりです。',
      ),
    ).toContainEqual(['counterpart', 'フェキタモエロア・カトア・ウトイカマヌ', 'TO']);
  });
});

describe('Japanese vice-ministers named by family name only', () => {
  it('reads 中根副大臣 as Japan’s side', () => {
    expect(
      people('4月30日,中根副大臣はオランダを訪問し,ヨハンナ・ブラント・オランダ外務次官と会談を行いました。'),
    ).toEqual([
      ['japan', '中根', 'JP'],
      ['counterpart', 'ヨハンナ・ブラント', 'NL'],
    ]);
  });
});
