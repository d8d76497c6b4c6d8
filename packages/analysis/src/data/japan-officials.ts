// Japan's officials, for resolving their names across scripts and their titles by date.
// The prime ministers' and foreign ministers' terms are the facts of
// packages/extract/src/data/japan-officials.ts, with the family name split out in kanji so that a
// mention by family name (茂木外務大臣, 菅総理) can be matched; other officials of the ministry
// appear without terms, only to link their romaji and kanji names.

/** A term of office: `to` is 9999-12-31 for the incumbent. */
export interface Term {
  office: 'prime-minister' | 'foreign-minister' | 'chief-cabinet-secretary';
  from: string;
  to: string;
}

export interface Official {
  family: string;
  given: string;
  familyKanji: string;
  givenKanji: string;
  terms: Term[];
}

// family|given|family kanji|given kanji|office (pm, fm, ccs: Chief Cabinet Secretary, or - for no term)|from|to
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
`;

const TERM_OFFICES = { pm: 'prime-minister', fm: 'foreign-minister', ccs: 'chief-cabinet-secretary' } as const;

let parsed: Official[] | null = null;

/** Every official in the table, one entry per person (terms gathered), in table order. */
export function officials(): Official[] {
  if (parsed) return parsed;
  const byName = new Map<string, Official>();
  for (const row of ROWS.trim().split('\n')) {
    const [family = '', given = '', familyKanji = '', givenKanji = '', office = '', from = '', to = ''] =
      row.split('|');
    const key = `${familyKanji}${givenKanji}`;
    const official = byName.get(key) ?? { family, given, familyKanji, givenKanji, terms: [] };
    if (office !== '-') {
      official.terms.push({ office: TERM_OFFICES[office as keyof typeof TERM_OFFICES], from, to });
    }
    byName.set(key, official);
  }
  parsed = [...byName.values()];
  return parsed;
}
