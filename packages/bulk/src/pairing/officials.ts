// Japanese officials who appear in readouts, with the Latin spelling of their family name: an
// English page writes "KONO Taro" or "Taro Kono" where the Japanese page writes 河野太郎, and
// neither page gives the other script. Facts copied from public lists of office holders (foreign
// ministers, prime ministers, recent state ministers and parliamentary vice-ministers).

/** One official: the family name in Latin letters and in kanji (or kana), and the given name in both. */
export interface JapaneseOfficial {
  family: string;
  given: string;
  familyNative: string;
  givenNative: string;
}

// family|given|family (native)|given (native); one person per line, duplicates are harmless.
const ROWS = `
Kono|Yohei|河野|洋平
Tanaka|Makiko|田中|眞紀子
Kawaguchi|Yoriko|川口|順子
Machimura|Nobutaka|町村|信孝
Aso|Taro|麻生|太郎
Komura|Masahiko|高村|正彦
Nakasone|Hirofumi|中曽根|弘文
Okada|Katsuya|岡田|克也
Maehara|Seiji|前原|誠司
Matsumoto|Takeaki|松本|剛明
Gemba|Koichiro|玄葉|光一郎
Kishida|Fumio|岸田|文雄
Kono|Taro|河野|太郎
Motegi|Toshimitsu|茂木|敏充
Hayashi|Yoshimasa|林|芳正
Kamikawa|Yoko|上川|陽子
Iwaya|Takeshi|岩屋|毅
Koizumi|Junichiro|小泉|純一郎
Abe|Shinzo|安倍|晋三
Fukuda|Yasuo|福田|康夫
Hatoyama|Yukio|鳩山|由紀夫
Kan|Naoto|菅|直人
Noda|Yoshihiko|野田|佳彦
Suga|Yoshihide|菅|義偉
Ishiba|Shigeru|石破|茂
Takaichi|Sanae|高市|早苗
Kiuchi|Minoru|城内|実
Sato|Masahisa|佐藤|正久
Nakayama|Norihiro|中山|展宏
Suzuki|Hayato|鈴木|隼人
Uto|Takashi|宇都|隆史
Odawara|Kiyoshi|小田原|潔
Washio|Eiichiro|鷲尾|英一郎
Takei|Shunsuke|武井|俊輔
Yamada|Kenji|山田|賢司
Tsuge|Yoshifumi|柘植|芳文
Fujii|Hisayuki|藤井|比早之
Horii|Iwao|堀井|巌
Kunimitsu|Ayano|国光|あやの
Onishi|Hideo|大西|英男
Eri|Arfiya|英利|アルフィヤ
Akimoto|Masatoshi|秋本|真利
Fukazawa|Yoichi|深澤|陽一
Matsumoto|Hisashi|松本|尚
Tsuji|Kiyoto|辻|清人
Yoshikawa|Yumi|吉川|ゆうみ
Takagi|Kei|高木|啓
Ikuina|Akiko|生稲|晃子
`;

let parsed: JapaneseOfficial[] | null = null;

/** The officials table, parsed once. */
export function japaneseOfficials(): JapaneseOfficial[] {
  if (!parsed) {
    parsed = ROWS.trim()
      .split('\n')
      .map((row) => {
        const [family = '', given = '', familyNative = '', givenNative = ''] = row.split('|');
        return { family, given, familyNative, givenNative };
      });
  }
  return parsed;
}
