// Search tokens for English and Japanese text: lower-case words, character bigrams for Japanese,
// and quoted phrases.

const CJK_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々]+/gu;
const WORD = /[\p{L}\p{N}]+/gu;

export interface QueryTerms {
  /** Latin-script words, matched as prefixes of indexed words. */
  words: string[];
  /** Japanese unigrams and bigrams, matched exactly. */
  grams: string[];
  /** Quoted phrases ("Indo-Pacific session"), normalised: matched as they stand, in order. */
  phrases: string[];
}

/** Text as search compares it: width-folded, lower-case, single spaces. */
export function normalise(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ');
}

const PHRASE = /["“”「」『』]([^"“”「」『』]+)["“”「」『』]/g;

function gramsOf(run: string, out: Set<string> | string[], withUnigrams: boolean): void {
  const chars = [...run];
  const push = (gram: string) => (Array.isArray(out) ? out.push(gram) : out.add(gram));
  if (withUnigrams || chars.length === 1) for (const c of chars) push(c);
  for (let i = 0; i + 1 < chars.length; i++) push(chars[i]! + chars[i + 1]!);
}

/** Adds the index tokens of a text: every word, and every Japanese character and bigram. */
export function addTokens(text: string, out: Set<string>): void {
  const normal = normalise(text);
  for (const [run] of normal.matchAll(CJK_RUN)) gramsOf(run, out, true);
  for (const [word] of normal.replace(CJK_RUN, ' ').matchAll(WORD)) out.add(word);
}

/**
 * Splits a query into terms; every term must match for a readout to be found.
 * @example queryTerms('Motegi 外相会談') // { words: ['motegi'], grams: ['外相', '相会', '会談'] }
 */
export function queryTerms(query: string): QueryTerms {
  const normal = normalise(query);
  const phrases = [...normal.matchAll(PHRASE)].map(([, phrase]) => phrase!.trim()).filter(Boolean);
  // A phrase's words and grams find its candidates; the phrase itself is checked on their text.
  const grams: string[] = [];
  for (const [run] of normal.matchAll(CJK_RUN)) gramsOf(run, grams, false);
  const words = [...normal.replace(CJK_RUN, ' ').matchAll(WORD)].map(([word]) => word);
  return { words: [...new Set(words)], grams: [...new Set(grams)], phrases: [...new Set(phrases)] };
}
