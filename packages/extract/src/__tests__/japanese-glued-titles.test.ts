// Japanese names glued to their titles: a kanji counterpart with a hiragana reading in a 表敬
// lead, and Japanese attendees titled 官房長官 without 内閣.
import { describe, expect, it } from 'vitest';
import { japaneseParticipants } from '../people/japanese';

const brief = (text: string) =>
  japaneseParticipants(text, null).map((p) => [p.side, p.name, p.title, p.country]);

describe('Japanese names glued to titles', () => {
  it('reads 王毅(おう・き)中華人民共和国国務委員兼外交部長 in a 表敬 lead', () => {
    expect(
      brief(
        '本25日午前10時30分頃から約30分間,安倍晋三内閣総理大臣は,G20愛知・名古屋外務大臣会合へ出席のため訪日中の王毅(おう・き)中華人民共和国国務委員兼外交部長による表敬を受けたところ,概要は以下のとおりです。',
      ),
    ).toEqual([
      ['japan', '安倍晋三', '内閣総理大臣', 'JP'],
      ['counterpart', '王毅', '中華人民共和国国務委員兼外交部長', 'CN'],
    ]);
  });

  it('reads an attendee titled 官房長官 without 内閣', () => {
    const japan = brief(
      'なお、表敬には、林芳正官房長官、上川陽子外務大臣、森屋宏内閣官房副長官が同席しました。',
    )
      .filter((p) => p[0] === 'japan')
      .map((p) => [p[1], p[2]]);
    expect(japan).toEqual([
      ['林芳正', '官房長官'],
      ['上川陽子', '外務大臣'],
      ['森屋宏', '内閣官房副長官'],
    ]);
  });
});
