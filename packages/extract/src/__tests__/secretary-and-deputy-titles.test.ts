// Titles the participant patterns used to miss: a "Foreign Secretary" named title-first after a
// nationality adjective, and a Chinese vice-minister titled 副部長 glued to a name with a reading.
import { describe, expect, it } from 'vitest';
import { englishParticipants } from '../people/english';
import { japaneseParticipants } from '../people/japanese';

const english = (text: string) =>
  englishParticipants(text, null).map((p) => [p.side, p.name, p.title, p.country]);
const japanese = (text: string) =>
  japaneseParticipants(text, null).map((p) => [p.side, p.name, p.title, p.country]);

describe('Foreign Secretary and 副部長', () => {
  it('reads "British Foreign Secretary Jack Straw" as the counterpart', () => {
    expect(
      english(
        'Minister for Foreign Affairs Yoriko Kawaguchi held telephone talks with British Foreign Secretary Jack Straw on November 4.',
      ),
    ).toEqual([
      ['japan', 'Yoriko Kawaguchi', 'Minister for Foreign Affairs', 'JP'],
      ['counterpart', 'Jack Straw', 'Foreign Secretary', 'GB'],
    ]);
  });

  it('keeps an upper-cased foreign name on its own side ("Foreign Secretary Jack STRAW")', () => {
    const people = english(
      'Japanese Foreign Minister Yoriko KAWAGUCHI met British Foreign Secretary Jack STRAW in London for an hour and a half.',
    );
    expect(people).toContainEqual(['counterpart', 'Jack STRAW', 'Foreign Secretary', 'GB']);
    expect(people.filter((p) => p[0] === 'japan').map((p) => p[1])).toEqual(['Yoriko KAWAGUCHI']);
  });

  it('reads 楽玉成(らく・ぎょくせい)中国外交部筆頭副部長 in a 表敬 lead', () => {
    expect(
      japanese(
        '本9日午後3時45分頃から約20分間,河野太郎外務大臣は,日中戦略対話に出席するため訪日中の楽玉成(らく・ぎょくせい)中国外交部筆頭副部長による表敬を受けたところ,概要は以下のとおりです。',
      ),
    ).toEqual([
      ['japan', '河野太郎', '外務大臣', 'JP'],
      ['counterpart', '楽玉成', '中国外交部筆頭副部長', 'CN'],
    ]);
  });
});

describe('Japanese groups of nationals', () => {
  it('reads 米国人元戦争捕虜及びその御家族 as an unnamed US group when nobody is named', () => {
    expect(
      japanese(
        '3日,岡本三成外務大臣政務官は,10月1日から9日まで外務省の招へいプログラムで来日中の米国人元戦争捕虜及びその御家族を歓迎するため,レセプションを開催しました。',
      ),
    ).toEqual([
      ['japan', '岡本三成', '外務大臣政務官', 'JP'],
      ['counterpart', '米国人元戦争捕虜及びその御家族', '米国人元戦争捕虜及びその御家族', 'US'],
    ]);
  });

  it('adds no group beside a named counterpart, nor for Japanese nationals', () => {
    expect(
      japanese('本9日,河野太郎外務大臣は,在留日本人会の代表と懇談しました。').filter(
        (p) => p[0] === 'counterpart',
      ),
    ).toEqual([]);
    expect(
      japanese(
        '本22日,茂木敏充外務大臣は,マイク・ポンペオ米国国務長官と電話会談を行い,米国人旅行者の安全について意見交換しました。',
      ).filter((p) => p[0] === 'counterpart'),
    ).toEqual([['counterpart', 'マイク・ポンペオ', '米国国務長官', 'US']]);
  });
});

describe('2004 visit summaries', () => {
  it('reads "Minister of Foreign Affairs and Trade Ban Ki-Moon of the ROK" and a name ending a sentence', () => {
    expect(
      english(
        "In addition to holding the Japan-ROK Foreign Ministers' Meeting with her counterpart, Minister of Foreign Affairs and Trade Ban Ki-Moon of the ROK, Foreign Minister Kawaguchi paid a courtesy call on President Roh Moo Hyun. The summary of the meetings is as follows.",
      ).filter((p) => p[0] === 'counterpart'),
    ).toEqual([
      ['counterpart', 'Ban Ki-Moon', 'Minister of Foreign Affairs and Trade', 'KR'],
      ['counterpart', 'Roh Moo Hyun', 'President', null],
    ]);
  });
});

describe('Japanese place phrases before a counterpart', () => {
  it('keeps "ニューヨークにおいて" out of the counterpart\'s name', () => {
    expect(
      japanese(
        '川口外務大臣は、9月24日(水)午前11時より約40分間、国連総会出席のため訪問中のニューヨークにおいて李肇星中国外交部長と会談したところ、概要以下のとおり。',
      ).filter((p) => p[0] === 'counterpart'),
    ).toEqual([['counterpart', '李肇星', '中国外交部長', 'CN']]);
  });
});
