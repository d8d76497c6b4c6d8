// How a person's name is compared: Latin names by their words in any order, with case, accents,
// honorifics, initials and MOFA's long-vowel spellings folded; names in Japanese script by their
// characters without spaces or the nakaguro.

const HONORIFICS = new Set([
  'mr',
  'mrs',
  'ms',
  'miss',
  'dr',
  'prof',
  'he',
  'h.e',
  'amb',
  'general',
  'sir',
  'hon',
]);

/** Whether a name is written in Latin script (the page's English form). */
export function isLatin(name: string): boolean {
  return /[A-Za-z]/.test(name) && !/[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/.test(name);
}

/**
 * A romanised word with MOFA's long vowels folded, so "Kouno", "Kohno" and "Kono" (河野), "Oohira"
 * and "Ohira" agree; "Shinzo" and "Shinzou".
 */
export function foldRomaji(word: string): string {
  return word.replace(/ou|oo|oh(?![aeiou])/g, 'o').replace(/uu/g, 'u');
}

/**
 * The words of a Latin name as compared: lower case, accents stripped, honorifics and single-letter
 * initials dropped, hyphenated parts split ("Ban Ki-moon" → ban, ki, moon). `romaji` folds long
 * vowels too, for Japanese names only ("Moon" is not "Mon").
 */
export function latinWords(name: string, romaji = false): string[] {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’'`]/g, '')
    .split(/[\s\-‐,]+/)
    .map((w) => w.replace(/\.+$/, ''))
    .filter((w) => w.length > 0 && !HONORIFICS.has(w) && !/^[a-z]$/.test(w) && /[a-z]/.test(w))
    .map((w) => w.replace(/[^a-z]/g, ''))
    .map((w) => (romaji ? foldRomaji(w) : w))
    .filter(Boolean);
}

/** A Latin name's comparison key: its words sorted, so "KONO Taro" and "Taro Kono" agree. */
export function latinKey(name: string, romaji = false): string {
  return [...latinWords(name, romaji)].sort().join('-');
}

/** A name in Japanese script as compared: no spaces, no ・ or = between parts, width folded. */
export function scriptKey(name: string): string {
  return name.normalize('NFKC').replace(/[\s・･=＝゠]/g, '');
}

/** A name folded into an id part: its Latin key, or the script form without spaces. */
export function idPart(name: string, romaji = false): string {
  return isLatin(name) ? latinKey(name, romaji) : scriptKey(name);
}
