// Lookups in the table of Japan's officials (@readouts/extract's, shared with the extractor and
// the pairing): by full name in either script, by family name, and by the office held on a date.
import {
  type JapanOfficial as Official,
  japanOfficials as officials,
  type OfficeTerm as Term,
} from '@readouts/extract';
import { isLatin, latinKey, scriptKey } from './names';

export type { Official, Term };

/** A table official's id: `jp-` and the romanised family and given names (`jp-kono-taro`). */
export const officialId = (o: Official): string => `jp-${o.family.toLowerCase()}-${o.given.toLowerCase()}`;

/** A table official's name as MOFA's English pages write it now: "KONO Taro". */
export const officialLatinName = (o: Official): string => `${o.family.toUpperCase()} ${o.given}`;

/** A table official's name in kanji: 河野太郎. */
export const officialKanjiName = (o: Official): string => `${o.familyKanji}${o.givenKanji}`;

/** The term the official was serving on `date` (YYYY-MM-DD), in `office` when given. */
export function termOn(o: Official, date: string | null, office?: Term['office']): Term | undefined {
  if (!date) return undefined;
  return o.terms.find((t) => (!office || t.office === office) && t.from <= date && date < t.to);
}

/** The official whose full name (romaji in either order, or kanji) is `name`. */
export function officialByName(name: string): Official | undefined {
  if (isLatin(name)) {
    const key = latinKey(name, true);
    return officials().find((o) => latinKey(`${o.family} ${o.given}`, true) === key);
  }
  const key = scriptKey(name);
  return officials().find((o) => officialKanjiName(o) === key);
}

/** The officials whose family name is `word` (romaji or kanji). */
export function officialsByFamily(word: string): Official[] {
  if (isLatin(word)) {
    const key = latinKey(word, true);
    return officials().filter((o) => latinKey(o.family, true) === key);
  }
  const key = scriptKey(word);
  return officials().filter((o) => o.familyKanji === key);
}

/** Who held `office` on `date`: the Prime Minister or the Minister for Foreign Affairs of the day. */
export function officeholderOn(office: Term['office'], date: string | null): Official | undefined {
  return officials().find((o) => termOn(o, date, office));
}
