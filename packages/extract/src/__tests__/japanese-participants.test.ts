import { describe, expect, it } from 'vitest';
import { japaneseParticipants } from '../people/japanese';
import { extractPage } from './factories';

const brief = (text: string) =>
  japaneseParticipants(text, null).map((p) => [p.side, p.name, p.title, p.country]);

describe('participants in Japanese leads', () => {
  it('splits a katakana name from the country and title, taking the country from the English form', () => {
    expect(
      brief(
        '8月17日13時00分(現地時間)から約90分間,メキシコを訪問中の河野太郎外務大臣は,カルロス・デ・イカサ・ゴンザレス・メキシコ合衆国外務大臣代行(H.E. Dr. Carlos de Icaza González, Acting Secretary of Foreign Affairs of the United Mexican States)と,外相会談(昼食会)を行った',
      ),
    ).toEqual([
      ['japan', '河野太郎', '外務大臣', 'JP'],
      ['counterpart', 'カルロス・デ・イカサ・ゴンザレス', 'メキシコ合衆国外務大臣代行', 'MX'],
    ]);
  });

  it('reads a counterpart without an English form, dropping the katakana reading', () => {
    expect(
      brief(
        '24日午前9時頃から約50分間,茂木外務大臣は,康京和(カン・ギョンファ)韓国外交部長官と日韓外相会談を行った',
      ),
    ).toEqual([
      ['japan', '茂木', '外務大臣', 'JP'],
      ['counterpart', '康京和', '韓国外交部長官', 'KR'],
    ]);
  });

  it('reads several visitors joined by 及び and the Japanese officials who attended (同席)', () => {
    const people = brief(
      '菅義偉内閣総理大臣は、マリズ・ペイン・オーストラリア連邦外務大臣(Senator the Hon Marise Payne, Minister for Foreign Affairs of the Commonwealth of Australia)及びマイク・ポンペオ米国務長官(The Honorable Mike Pompeo, Secretary of State of the United States)による表敬を受けました。なお、表敬には、茂木敏充外務大臣、坂井学内閣官房副長官ほかが同席しました。',
    );
    expect(people).toEqual([
      ['japan', '菅義偉', '内閣総理大臣', 'JP'],
      ['japan', '茂木敏充', '外務大臣', 'JP'],
      ['japan', '坂井学', '内閣官房副長官', 'JP'],
      ['counterpart', 'マリズ・ペイン', 'オーストラリア連邦外務大臣', 'AU'],
      ['counterpart', 'マイク・ポンペオ', '米国務長官', 'US'],
    ]);
  });

  it('does not take a foreign office such as アラブ共和国外務大臣 for a Japanese person', () => {
    const people = brief(
      '河野太郎外務大臣は,サーメハ・シュクリ・エジプト・アラブ共和国外務大臣(H.E. Mr. Sameh Shoukry, Minister of Foreign Affairs of the Arab Republic of Egypt)との間で日・エジプト外相会談を行った',
    );
    expect(people.filter((p) => p[0] === 'japan')).toEqual([['japan', '河野太郎', '外務大臣', 'JP']]);
    expect(people.find((p) => p[0] === 'counterpart')).toEqual([
      'counterpart',
      'サーメハ・シュクリ',
      'エジプト・アラブ共和国外務大臣',
      'EG',
    ]);
  });

  it('reads an ambassador whose title names no country from the English form', () => {
    expect(
      brief(
        '2月27日、柘植外務副大臣は、駐日ペルー共和国大使館を訪問し、セミナリオ駐日大使(H.E. Mr. Roberto Seminario, Ambassador Extraordinary and Plenipotentiary of the Republic of Peru to Japan)と意見交換を行いました。',
      ),
    ).toEqual([
      ['japan', '柘植', '外務副大臣', 'JP'],
      ['counterpart', 'セミナリオ', '駐日大使', 'PE'],
    ]);
  });
});

describe('short Japanese titles', () => {
  it('reads 岸田総理 as the Prime Minister', () => {
    expect(
      brief(
        '5月3日、岸田総理は、訪日中のX・Y国大統領(H.E. Mr. A B, President of Kenya)と首脳会談を行いました。',
      )[0],
    ).toEqual(['japan', '岸田', '総理', 'JP']);
  });
});

describe('heads of international organisations', () => {
  it('splits the name from the organisation and leaves the country empty', () => {
    expect(brief('5月3日、上川外務大臣は、グテーレス国連事務総長と会談を行いました。')).toEqual([
      ['japan', '上川', '外務大臣', 'JP'],
      ['counterpart', 'グテーレス', '国連事務総長', null],
    ]);
  });
});

describe('a visitor calling on a Japanese principal', () => {
  it('reads 岩屋毅外務大臣を表敬 (the Japanese principal as object) and places the call in Japan', () => {
    const result = extractPage({
      lang: 'ja',
      headline: 'アマド・ポルトガル外相による岩屋外務大臣への表敬',
      dateline: '令和7年3月5日',
      lead: '3月5日午後4時から約20分間,アマド・ポルトガル外務大臣(H.E. Mr. Luis Amado, Minister of State and Foreign Affairs of Portugal)は,岩屋毅外務大臣を表敬しました。',
    });
    const readout = result.kind === 'readout' ? result.readout : null;
    expect(readout?.participants.map((p) => [p.side, p.name])).toEqual([
      ['japan', '岩屋毅'],
      ['counterpart', 'アマド'],
    ]);
    expect(readout?.location?.country).toBe('JP');
  });

  it('keeps a call the Japanese side pays abroad out of Japan', () => {
    const result = extractPage({
      lang: 'ja',
      headline: '岩屋外務大臣によるルーラ・ブラジル大統領表敬',
      dateline: '令和7年3月5日',
      lead: '3月5日午後4時から約20分間,ブラジルを訪問中の岩屋毅外務大臣は,ルーラ・ブラジル大統領を表敬しました。',
    });
    expect(result.kind === 'readout' ? result.readout.location?.country : null).toBe('BR');
  });
});
