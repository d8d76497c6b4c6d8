// More orders of a Japanese counterpart designation: a kanji country glued to a katakana name,
// "The Rt Hon" English forms, the country before の, and compound 兼 titles; meal leads with と.
import { describe, expect, it } from 'vitest';
import { meetingFormat } from '../format';
import { isLeadSentence } from '../lead';
import { japaneseParticipants } from '../people/japanese';

const counterparts = (text: string) =>
  japaneseParticipants(text, null)
    .filter((p) => p.side === 'counterpart')
    .map((p) => [p.name, p.title, p.country]);

const CAMERON =
  '5月2日午後3時から約30分間,上川陽子外務大臣は,訪日中のデービッド・キャメロン英国外務・英連邦・開発大臣(The Rt Hon David Cameron, Secretary of State for Foreign, Commonwealth and Development Affairs)とワーキング・ディナーを行いました。';

describe('Japanese counterpart designations', () => {
  it('splits a kanji country glued to a katakana name, with a "The Rt Hon" English form', () => {
    expect(counterparts(CAMERON)).toEqual([['デービッド・キャメロン', '英国外務・英連邦・開発大臣', 'GB']]);
  });

  it('takes the country stated before の and a compound 兼 title', () => {
    expect(
      counterparts('林官房長官は,来日中のタイ王国のパーンプリー副首相兼外務大臣による表敬を受けました。'),
    ).toEqual([['パーンプリー', '副首相兼外務大臣', 'TH']]);
  });
});

describe('Japanese meal leads', () => {
  it('reads "<counterpart>とワーキング・ディナーを行いました" as a meal lead', () => {
    expect(isLeadSentence(CAMERON, 'ja')).toBe(true);
    expect(meetingFormat(null, CAMERON)).toBe('meal');
  });

  it('keeps 会談と昼食会を行った (a meeting and then a lunch) a meeting', () => {
    expect(
      meetingFormat(
        '日英外相会談',
        '5月2日,上川外務大臣は,キャメロン英国外務大臣と会談と昼食会を行いました。',
      ),
    ).toBe('meeting');
  });

  it('reads a lead whose event is a 立ち話 (a brief standing talk)', () => {
    expect(
      isLeadSentence('4月28日,岸田文雄外務大臣は,レックス・ティラソン米国務長官と立ち話を行いました。', 'ja'),
    ).toBe(true);
  });
});

describe('designations ending in 相 or naming an organisation by its acronym', () => {
  it('reads キャメロン英国外務・英連邦・開発相 (a title with ・ inside, ending in 相)', () => {
    expect(
      japaneseParticipants(
        '上川陽子外務大臣は,デイビッド・キャメロン英国外務・英連邦・開発相と会談を行いました。',
        null,
      )
        .filter((p) => p.side === 'counterpart')
        .map((p) => [p.name, p.title, p.country]),
    ).toEqual([['デイビッド・キャメロン', '英国外務・英連邦・開発相', 'GB']]);
  });

  it('reads セメド国際連合食糧農業機関(FAO)副事務局長 as an organisation official', () => {
    expect(
      japaneseParticipants(
        '辻外務副大臣は,マリア・ヘレナ・セメド国際連合食糧農業機関(FAO)副事務局長による表敬を受けました。',
        null,
      )
        .filter((p) => p.side === 'counterpart')
        .map((p) => [p.name, p.country]),
    ).toEqual([['マリア・ヘレナ・セメド', null]]);
  });
});

describe('Chinese offices and organisation heads after a ・', () => {
  const counterparts = (text: string) =>
    japaneseParticipants(text, null)
      .filter((p) => p.side === 'counterpart')
      .map((p) => [p.name, p.country]);

  it('reads 国家主席, 国務院総理 and 弁公室主任 as designations that close a name', () => {
    expect(counterparts('石破茂内閣総理大臣は,習近平中華人民共和国国家主席と首脳会談を行いました。')).toEqual(
      [['習近平', 'CN']],
    );
    expect(counterparts('岸田文雄内閣総理大臣は,李強中華人民共和国国務院総理と会談を行いました。')).toEqual([
      ['李強', 'CN'],
    ]);
    expect(
      counterparts('茂木外務大臣は,王毅中国共産党中央外事工作委員会弁公室主任と会談を行いました。'),
    ).toEqual([['王毅', 'CN']]);
  });

  it('reads カーン・ASEAN事務総長 (an organisation after a ・)', () => {
    expect(counterparts('岩屋外務大臣は,カーン・ASEAN事務総長の表敬を受けました。')).toEqual([
      ['カーン', null],
    ]);
  });
});
