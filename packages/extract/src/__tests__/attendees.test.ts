// Japanese attendees listed in the first point ("日本側からは…が出席") join the Japanese side.
import { describe, expect, it } from 'vitest';
import { attendeesFromPoints } from '../people/attendees';

const names = (text: string, lang: 'en' | 'ja') =>
  attendeesFromPoints([{ text }], lang).map((p) => [p.name, p.title]);

describe('attendees listed in the points', () => {
  it('reads the Japanese side of a 日本側からは…韓国側からは…が出席した list', () => {
    expect(
      names(
        '(1)両首脳に加え,日本側からは,岸田外務大臣,萩生田内閣官房副長官,谷内国家安全保障局長,韓国側からは,イ・ビョンギ大統領秘書室長,ユン・ビョンセ外交部長官が出席した。',
        'ja',
      ),
    ).toEqual([
      ['岸田', '外務大臣'],
      ['萩生田', '内閣官房副長官'],
      ['谷内', '国家安全保障局長'],
    ]);
  });

  it('reads "From the Japanese side, Mr. X, State Minister for Foreign Affairs, attended"', () => {
    expect(
      names(
        'From the Japanese side, Mr. SUZUKI Shunichi, State Minister for Foreign Affairs, attended. The two ministers discussed trade.',
        'en',
      ),
    ).toEqual([['SUZUKI Shunichi', 'State Minister for Foreign Affairs']]);
  });

  it('finds nobody in points that list no Japanese side', () => {
    expect(names('両首脳は,日韓関係について議論した。', 'ja')).toEqual([]);
  });
});
