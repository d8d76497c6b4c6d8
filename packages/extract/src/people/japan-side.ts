// The Japanese side of a Japanese lead: a kanji name glued to a government title (河野太郎外務大臣,
// 林芳正官房長官, 安倍総理大臣), never a country's office (中国外務大臣, …・アラブ共和国外務大臣).
import { findJapaneseCountries } from '../data/japanese-countries';
import type { Participant } from './participant';

// Japanese government titles, longest first so 総理大臣補佐官 wins over 総理大臣.
const JAPAN_TITLES = [
  '内閣総理大臣補佐官',
  '総理大臣補佐官',
  '内閣総理大臣',
  '総理大臣',
  '外務大臣政務官',
  '外務副大臣',
  '副大臣',
  '大臣政務官',
  '政務官',
  '外務大臣',
  '内閣官房副長官',
  '内閣官房長官',
  '官房副長官',
  '官房長官',
  '国家安全保障局長',
  '外務事務次官',
  'アジア大洋州局長',
  '北米局長',
  '欧州局長',
  '中南米局長',
  '中東アフリカ局長',
  '総合外交政策局長',
  '国際協力局長',
  '国際法局長',
  '経済局長',
  '領事局長',
  '南部アジア部長',
  '軍縮不拡散・科学部長',
  '外務審議官',
  '防衛大臣',
  '経済産業大臣',
  '財務大臣',
  '副総理',
  '総理',
  '首相',
  '外相',
  // 町村大臣は: a minister named by family name and the bare office, as old pages write it.
  '大臣',
];
const JAPAN_PERSON = new RegExp(
  // A kanji name, or a kanji family name with a given name in hiragana (国光あやの外務副大臣).
  `([\\u4e00-\\u9fff々ヶ]{1,6}?|(?<![\\u4e00-\\u9fff々ヶ])[\\u4e00-\\u9fff々ヶ]{1,3}[\\u3041-\\u3096]{2,3})(${JAPAN_TITLES.join('|')})(?=[はがも、,とのにからほ及並他等をへ(s)]|$)`,
  'g',
);

/** Japanese officials named in the text with their government titles. */
export function japanSide(text: string): Participant[] {
  const out: Participant[] = [];
  for (const m of text.matchAll(JAPAN_PERSON)) {
    const name = m[1]!;
    const before = text[m.index - 1] ?? '';
    // "中国外務大臣" or "…・アラブ共和国外務大臣" name a country's office, not a Japanese person.
    if (/[\u30a0-\u30ff・]/.test(before) || /(?:国|邦|州|省|府|連合|政府)$/.test(name)) continue;
    if (findJapaneseCountries(name).length > 0 || /^[本同両先前新各]$/.test(name)) continue;
    // 国務大臣, 担当大臣: an office before the bare 大臣, not a name.
    if (m[2] === '大臣' && /(?:国務|担当|所管|関係|主任|[省庁部])$/.test(name)) continue;
    out.push({
      name,
      nameLatin: null,
      familyName: null,
      title: m[2]!,
      country: 'JP',
      side: 'japan',
      role: 'principal',
    });
  }
  return out;
}
