// The tokeniser against the implementation it replaced (kept here, caps included): the same tokens
// for any text, short or past the word, unit and token caps, so the index needs no rebuild.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexTokens, MAX_INDEX_UNITS, MAX_WORD_CHARS } from '../tokens';

const RUNS = /([\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u30fc\u3005\u3006]+)|([\p{L}\p{N}]+)/gu;
const MAX_TOKENS = 30_000;
const ASCII = /^[\x00-\x7f]*$/;
const ASCII_WORDS = /[a-z0-9]+/g;

function cutWord(word: string): string {
  if (word.length <= MAX_WORD_CHARS) return word;
  return Array.from(word).slice(0, MAX_WORD_CHARS).join('');
}

function capWords(tokens: string[]): string[] {
  let units = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = cutWord(tokens[i]!);
    tokens[i] = token;
    units += token.length;
    if (units > MAX_INDEX_UNITS) {
      tokens.length = i;
      break;
    }
  }
  return tokens;
}

/** `indexTokens` as it was before the one-call split. */
function previousIndexTokens(text: string): string[] {
  if (ASCII.test(text)) {
    const words = text.toLowerCase().match(ASCII_WORDS) ?? [];
    const capped = words.length > MAX_TOKENS ? words.slice(0, MAX_TOKENS) : words;
    return text.length <= MAX_WORD_CHARS ? capped : capWords(capped);
  }
  const out: string[] = [];
  const pattern = new RegExp(RUNS);
  const normalised = text.normalize('NFKC').toLowerCase();
  for (let m = pattern.exec(normalised); m !== null; m = pattern.exec(normalised)) {
    if (m[1]) {
      const chars = [...m[1]];
      for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i]! + chars[i + 1]!);
      out.push(chars.at(-1)!);
    } else if (m[2]) out.push(m[2]);
    if (out.length >= MAX_TOKENS) return capWords(out.slice(0, MAX_TOKENS));
  }
  return capWords(out);
}

/** Characters where the two code paths could part: scripts, widths, astral Han, marks, quotes. */
const units = fc.constantFrom(
  ...'aZ09 -_.’“”İıẞß①Ａｶ日本会談ーあ々〆⺀\u2e7f\u00e9e\u0301\n'.split(''),
  '𠀋',
  '𝐀',
  '\ud83d',
  '\udc00',
);

describe('indexTokens against the previous implementation', () => {
  it('gives the same tokens for any text', () => {
    const text = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.string({ unit: 'grapheme' }),
      fc.string({ unit: units, maxLength: 300 }),
    );
    fc.assert(
      fc.property(text, (t) => {
        expect(indexTokens(t)).toEqual(previousIndexTokens(t));
      }),
      { numRuns: 2000 },
    );
  });

  it('gives the same tokens past the caps (long words, many tokens, long text)', () => {
    const words = fc.array(fc.string({ unit: units, minLength: 1, maxLength: 150 }), {
      minLength: 1,
      maxLength: 40,
    });
    fc.assert(
      fc.property(words, fc.integer({ min: 1, max: 3000 }), (parts, times) => {
        const text = Array.from({ length: times }, (_, i) => parts[i % parts.length]).join(' ');
        expect(indexTokens(text)).toEqual(previousIndexTokens(text));
      }),
      { numRuns: 40 },
    );
    for (const text of [
      `’ ${'a '.repeat(40_000)}`,
      `’ ${'word '.repeat(40_000)}`,
      `’ ${'日本会談'.repeat(30_000)}`,
      `é${'x'.repeat(120)} `.repeat(3000),
      `’${'a'.repeat(260_000)}`,
    ]) {
      expect(indexTokens(text)).toEqual(previousIndexTokens(text));
    }
  }, 60_000);
});
