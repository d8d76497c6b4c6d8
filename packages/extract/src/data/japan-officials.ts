// Japan's officials who appear in readouts, one table for every package: the prime ministers',
// foreign ministers' and chief cabinet secretaries' terms (a page that gives a meeting date without
// a year can still be dated from who held the office), and the family and given names in Latin and
// in kanji (or kana), split, because an English page writes "KONO Taro" where the Japanese page
// writes 河野太郎 or 河野外務大臣, and neither gives the other script. Other officials of the
// ministry (state ministers, parliamentary vice-ministers, vice-ministers) have no term: they are
// here only to link their two spellings. Facts from public lists of office holders.

/** An office the table has terms for. */
export type TermOffice = 'prime-minister' | 'foreign-minister' | 'chief-cabinet-secretary';

/** A term of office: `to` is 9999-12-31 for the incumbent. */
export interface Term {
  office: TermOffice;
  from: string;
  to: string;
}

/** One person in the table, with every term they served (none for officials listed by name only). */
export interface Official {
  family: string;
  given: string;
  familyKanji: string;
  givenKanji: string;
  terms: Term[];
}

export type Office = 'foreign-minister' | 'prime-minister';

/** One term of a prime minister or a foreign minister, the offices the extractor dates by. */
export interface Officeholder {
  family: string;
  given: string;
  kanji: string;
  office: Office;
  from: string;
  to: string;
}

// family|given|family kanji|given kanji|office (fm, pm, ccs: Chief Cabinet Secretary, or - for no
// term)|from|to. One line per term; a person with several terms has several lines, which meet by
// their kanji name.
const ROWS = `
Kono|Yohei|河野|洋平|fm|1999-10-05|2001-04-26
Tanaka|Makiko|田中|眞紀子|fm|2001-04-26|2002-01-30
Kawaguchi|Yoriko|川口|順子|fm|2002-02-01|2004-09-27
Machimura|Nobutaka|町村|信孝|fm|2004-09-27|2005-10-31
Aso|Taro|麻生|太郎|fm|2005-10-31|2007-08-27
Machimura|Nobutaka|町村|信孝|fm|2007-08-27|2007-09-26
Komura|Masahiko|高村|正彦|fm|2007-09-26|2008-08-02
Nakasone|Hirofumi|中曽根|弘文|fm|2008-09-24|2009-09-16
Okada|Katsuya|岡田|克也|fm|2009-09-16|2010-09-17
Maehara|Seiji|前原|誠司|fm|2010-09-17|2011-03-07
Matsumoto|Takeaki|松本|剛明|fm|2011-03-09|2011-09-02
Gemba|Koichiro|玄葉|光一郎|fm|2011-09-02|2012-12-26
Kishida|Fumio|岸田|文雄|fm|2012-12-26|2017-08-03
Kono|Taro|河野|太郎|fm|2017-08-03|2019-09-11
Motegi|Toshimitsu|茂木|敏充|fm|2019-09-11|2021-11-10
Hayashi|Yoshimasa|林|芳正|fm|2021-11-10|2023-09-13
Kamikawa|Yoko|上川|陽子|fm|2023-09-13|2024-10-01
Iwaya|Takeshi|岩屋|毅|fm|2024-10-01|2025-10-21
Motegi|Toshimitsu|茂木|敏充|fm|2025-10-21|9999-12-31
Koizumi|Junichiro|小泉|純一郎|pm|2001-04-26|2006-09-26
Abe|Shinzo|安倍|晋三|pm|2006-09-26|2007-09-26
Fukuda|Yasuo|福田|康夫|pm|2007-09-26|2008-09-24
Aso|Taro|麻生|太郎|pm|2008-09-24|2009-09-16
Hatoyama|Yukio|鳩山|由紀夫|pm|2009-09-16|2010-06-08
Kan|Naoto|菅|直人|pm|2010-06-08|2011-09-02
Noda|Yoshihiko|野田|佳彦|pm|2011-09-02|2012-12-26
Abe|Shinzo|安倍|晋三|pm|2012-12-26|2020-09-16
Suga|Yoshihide|菅|義偉|pm|2020-09-16|2021-10-04
Kishida|Fumio|岸田|文雄|pm|2021-10-04|2024-10-01
Ishiba|Shigeru|石破|茂|pm|2024-10-01|2025-10-21
Takaichi|Sanae|高市|早苗|pm|2025-10-21|9999-12-31
Suga|Yoshihide|菅|義偉|ccs|2012-12-26|2020-09-16
Kato|Katsunobu|加藤|勝信|ccs|2020-09-16|2021-10-04
Matsuno|Hirokazu|松野|博一|ccs|2021-10-04|2023-12-14
Hayashi|Yoshimasa|林|芳正|ccs|2023-12-14|2025-10-21
Kihara|Minoru|木原|稔|ccs|2025-10-21|9999-12-31
Sonoura|Kentaro|薗浦|健太郎|-||
Kiuchi|Minoru|城内|実|-||
Tsuge|Yoshifumi|柘植|芳文|-||
Muto|Yoji|武藤|容治|-||
Suzuki|Takako|鈴木|貴子|-||
Tsuji|Kiyoto|辻|清人|-||
Mori|Takeo|森|健良|-||
Funakoshi|Takehiro|船越|健裕|-||
Wakamiya|Kenji|若宮|健嗣|-||
Kunimitsu|Ayano|国光|あやの|-||
Horii|Iwao|堀井|巌|-||
Horii|Manabu|堀井|学|-||
Fujii|Hisayuki|藤井|比早之|-||
Takizawa|Motomu|滝沢|求|-||
Nakatani|Shinichi|中谷|真一|-||
Okamoto|Mitsunari|岡本|三成|-||
Nakayama|Norihiro|中山|展宏|-||
Nakayama|Yasuhide|中山|泰秀|-||
Onodera|Itsunori|小野寺|五典|-||
Yamada|Miki|山田|美樹|-||
Fukazawa|Yoichi|深澤|陽一|-||
Nakanishi|Satoshi|中西|哲|-||
Ishihara|Hirotaka|石原|宏高|-||
Akahori|Takeshi|赤堀|毅|-||
Odawara|Kiyoshi|小田原|潔|-||
Shibayama|Masahiko|柴山|昌彦|-||
Sakai|Manabu|坂井|学|-||
Adachi|Masashi|阿達|雅志|-||
Sato|Masahisa|佐藤|正久|-||
Suzuki|Hayato|鈴木|隼人|-||
Uto|Takashi|宇都|隆史|-||
Washio|Eiichiro|鷲尾|英一郎|-||
Takei|Shunsuke|武井|俊輔|-||
Yamada|Kenji|山田|賢司|-||
Onishi|Hideo|大西|英男|-||
Eri|Arfiya|英利|アルフィヤ|-||
Akimoto|Masatoshi|秋本|真利|-||
Matsumoto|Hisashi|松本|尚|-||
Yoshikawa|Yumi|吉川|ゆうみ|-||
Takagi|Kei|高木|啓|-||
Ikuina|Akiko|生稲|晃子|-||
`;

const TERM_OFFICES = {
  pm: 'prime-minister',
  fm: 'foreign-minister',
  ccs: 'chief-cabinet-secretary',
} as const;

interface Row {
  family: string;
  given: string;
  familyKanji: string;
  givenKanji: string;
  term: Term | null;
}

let rows: Row[] | null = null;
let people: Official[] | null = null;
let holders: Officeholder[] | null = null;

function tableRows(): Row[] {
  rows ??= ROWS.trim()
    .split('\n')
    .map((line) => {
      const [family = '', given = '', familyKanji = '', givenKanji = '', office = '', from = '', to = ''] =
        line.split('|');
      const termOffice = TERM_OFFICES[office as keyof typeof TERM_OFFICES];
      return {
        family,
        given,
        familyKanji,
        givenKanji,
        term: termOffice ? { office: termOffice, from, to } : null,
      };
    });
  return rows;
}

/**
 * A romanised Japanese name with its long vowels folded, so that MOFA's spellings agree: "Koumura"
 * and "Komura" (高村), "Kouno" and "Kono", "Oohira" and "Ohira".
 */
export function romajiKey(word: string): string {
  return word
    .toLowerCase()
    .replace(/ou|oo|oh(?![aeiou])/g, 'o')
    .replace(/uu/g, 'u');
}

/** Every official in the table, one entry per person (terms gathered, oldest first), in table order. */
export function officials(): Official[] {
  if (people) return people;
  const byName = new Map<string, Official>();
  for (const { family, given, familyKanji, givenKanji, term } of tableRows()) {
    const key = `${familyKanji}${givenKanji}`;
    const official = byName.get(key) ?? { family, given, familyKanji, givenKanji, terms: [] };
    if (term) official.terms.push(term);
    byName.set(key, official);
  }
  people = [...byName.values()];
  return people;
}

/**
 * The foreign ministers' and prime ministers' terms, one entry per term, foreign ministers first,
 * each oldest first. The chief cabinet secretaries are left out: the extractor dates a page and
 * tells a Japanese name by these two offices only.
 */
export function officeholders(): Officeholder[] {
  holders ??= tableRows().flatMap(({ family, given, familyKanji, givenKanji, term }) =>
    term && term.office !== 'chief-cabinet-secretary'
      ? [
          {
            family,
            given,
            kanji: `${familyKanji}${givenKanji}`,
            office: term.office,
            from: term.from,
            to: term.to,
          },
        ]
      : [],
  );
  return holders;
}
