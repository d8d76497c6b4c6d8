// Japan's foreign ministers and prime ministers with their terms: a page that gives a meeting date
// without a year can still be dated from who held the office.

export type Office = 'foreign-minister' | 'prime-minister';

export interface Officeholder {
  family: string;
  given: string;
  kanji: string;
  office: Office;
  from: string;
  to: string;
}

// family|given|kanji|office|from|to (to is open-ended for the incumbent).
const ROWS = `
Kono|Yohei|河野洋平|fm|1999-10-05|2001-04-26
Tanaka|Makiko|田中眞紀子|fm|2001-04-26|2002-01-30
Kawaguchi|Yoriko|川口順子|fm|2002-02-01|2004-09-27
Machimura|Nobutaka|町村信孝|fm|2004-09-27|2005-10-31
Aso|Taro|麻生太郎|fm|2005-10-31|2007-08-27
Machimura|Nobutaka|町村信孝|fm|2007-08-27|2007-09-26
Komura|Masahiko|高村正彦|fm|2007-09-26|2008-08-02
Nakasone|Hirofumi|中曽根弘文|fm|2008-09-24|2009-09-16
Okada|Katsuya|岡田克也|fm|2009-09-16|2010-09-17
Maehara|Seiji|前原誠司|fm|2010-09-17|2011-03-07
Matsumoto|Takeaki|松本剛明|fm|2011-03-09|2011-09-02
Gemba|Koichiro|玄葉光一郎|fm|2011-09-02|2012-12-26
Kishida|Fumio|岸田文雄|fm|2012-12-26|2017-08-03
Kono|Taro|河野太郎|fm|2017-08-03|2019-09-11
Motegi|Toshimitsu|茂木敏充|fm|2019-09-11|2021-11-10
Hayashi|Yoshimasa|林芳正|fm|2021-11-10|2023-09-13
Kamikawa|Yoko|上川陽子|fm|2023-09-13|2024-10-01
Iwaya|Takeshi|岩屋毅|fm|2024-10-01|2025-10-21
Motegi|Toshimitsu|茂木敏充|fm|2025-10-21|9999-12-31
Koizumi|Junichiro|小泉純一郎|pm|2001-04-26|2006-09-26
Abe|Shinzo|安倍晋三|pm|2006-09-26|2007-09-26
Fukuda|Yasuo|福田康夫|pm|2007-09-26|2008-09-24
Aso|Taro|麻生太郎|pm|2008-09-24|2009-09-16
Hatoyama|Yukio|鳩山由紀夫|pm|2009-09-16|2010-06-08
Kan|Naoto|菅直人|pm|2010-06-08|2011-09-02
Noda|Yoshihiko|野田佳彦|pm|2011-09-02|2012-12-26
Abe|Shinzo|安倍晋三|pm|2012-12-26|2020-09-16
Suga|Yoshihide|菅義偉|pm|2020-09-16|2021-10-04
Kishida|Fumio|岸田文雄|pm|2021-10-04|2024-10-01
Ishiba|Shigeru|石破茂|pm|2024-10-01|2025-10-21
Takaichi|Sanae|高市早苗|pm|2025-10-21|9999-12-31
`;

let parsed: Officeholder[] | null = null;

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

/** All known terms of office, oldest first. */
export function officeholders(): Officeholder[] {
  if (!parsed) {
    parsed = ROWS.trim()
      .split('\n')
      .map((row) => {
        const [family = '', given = '', kanji = '', office = '', from = '', to = ''] = row.split('|');
        return {
          family,
          given,
          kanji,
          office: office === 'pm' ? 'prime-minister' : 'foreign-minister',
          from,
          to,
        } satisfies Officeholder;
      });
  }
  return parsed;
}
