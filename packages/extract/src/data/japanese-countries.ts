// Japanese country names as whole words: a katakana name never counts inside a longer katakana
// word (タイ inside シュタインマイヤー, インド inside インドネシア), nor インド in インド太平洋.
import { type CountryHit, scanJapaneseCountries } from './country-lookup';

const KATAKANA = /[\u30a1-\u30fa\u30fc]/;

/** Every Japanese country name (メキシコ合衆国, 豪州) in the text that stands as a word, in order. */
export function findJapaneseCountries(text: string): CountryHit[] {
  return scanJapaneseCountries(text).filter(
    (h) =>
      !(KATAKANA.test(h.text[0]!) && KATAKANA.test(text[h.index - 1] ?? '')) &&
      !(KATAKANA.test(h.text[h.text.length - 1]!) && KATAKANA.test(text[h.end] ?? '')) &&
      // インド太平洋 is the Indo-Pacific region, not India.
      !text.startsWith('太平洋', h.end),
  );
}

/**
 * The country a designation's preceding words name before の ("タイ王国のパーンプリー副首相"), for
 * a designation starting at `index`; null when the words before it are not "<country>の".
 */
export function countryBeforeNo(text: string, index: number): string | null {
  const before = text.slice(Math.max(0, index - 24), index);
  const hit = findJapaneseCountries(before).pop();
  return hit && before.slice(hit.end) === 'の' ? hit.code : null;
}
