// Name keys that let a participant on an English page meet the same person on a Japanese page:
// Latin words folded alike on both sides, and Japanese officials named in kanji given their Latin
// spelling through @readouts/extract's officials table.
import { japanOfficials } from '@readouts/extract';
import type { Participant } from '@readouts/schema';

/** Words of a name that are not the name: honorifics and courtesy titles. */
const NOT_NAME = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'he',
  'his',
  'her',
  'excellency',
  'hon',
  'prof',
  'sir',
  'dame',
]);

/**
 * Folds one Latin word: lower case, no accents, and MOFA's long-vowel spellings made equal
 * ("Kōno", "Kouno" and "Kono"; "López" and "LOPEZ").
 */
export function latinKey(word: string): string {
  return word
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '')
    .replace(/ou|oo|oh(?![aeiou])/g, 'o')
    .replace(/uu/g, 'u');
}

/** The folded words of a Latin-script name, without honorifics and initials. */
function latinWords(name: string): string[] {
  return name
    .split(/[\s.,·・=＝-]+/u)
    .map(latinKey)
    .filter((w) => w.length >= 2 && !NOT_NAME.has(w));
}

/** Latin keys of a Japanese official written in native script (河野太郎 gives kono and taro). */
function officialKeys(name: string): string[] {
  const compact = name.replace(/[\s　]/g, '');
  const keys: string[] = [];
  for (const official of japanOfficials()) {
    if (!compact.startsWith(official.familyKanji)) continue;
    const rest = compact.slice(official.familyKanji.length);
    if (rest === '' || rest.startsWith(official.givenKanji)) {
      keys.push(latinKey(official.family));
      if (rest !== '') keys.push(latinKey(official.given));
    }
  }
  return keys;
}

const LATIN = /[A-Za-z]/;

/**
 * The keys a participant can be matched on in the other language: the folded words of the name
 * (when Latin) and of `nameLatin`, and the table's spelling of a Japanese official's kanji name.
 */
export function personKeys(participant: Pick<Participant, 'name' | 'nameLatin'>): Set<string> {
  const keys = new Set<string>();
  const { name, nameLatin } = participant;
  if (LATIN.test(name)) for (const w of latinWords(name)) keys.add(w);
  else for (const k of officialKeys(name)) keys.add(k);
  if (nameLatin) for (const w of latinWords(nameLatin)) keys.add(w);
  return keys;
}
