// Search tokenisation: Japanese bigrams and words, and the guarantee that any Japanese substring
// of a document finds it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fts5Query, tsqueryLiteral, tsvectorLiteral } from '../dialects';
import { indexTokens, queryTerms } from '../tokens';

const kana = fc.constantFrom(...'日本外務大臣会談首脳韓国中国あいうえおカキクケコー々'.split(''));

/** The plain statement of the tokeniser (normalise, split into runs), which the fast one must match. */
function referenceTokens(text: string): string[] {
  const out: string[] = [];
  const runs =
    /([\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u30fc\u3005\u3006]+)|([\p{L}\p{N}]+)/gu;
  for (const m of text.normalize('NFKC').toLowerCase().matchAll(runs)) {
    if (m[1]) {
      const chars = [...m[1]];
      for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i]! + chars[i + 1]!);
      out.push(chars.at(-1)!);
    } else if (m[2]) out.push(m[2]);
  }
  return out;
}

/** The plain statement of the tsvector literal: positions from 1, at most 256 per token, capped. */
function referenceTsvector(tokens: string[]): string {
  const positions = new Map<string, number[]>();
  tokens.forEach((token, i) => {
    const list = positions.get(token) ?? [];
    if (list.length < 256) list.push(Math.min(i + 1, 16383));
    positions.set(token, list);
  });
  return [...positions].map(([token, pos]) => `'${token}':${[...new Set(pos)].join(',')}`).join(' ');
}

describe('search tokens', () => {
  it('tokenises any text as the plain statement does (ASCII fast path included)', () => {
    const text = fc.oneof(
      fc.string(),
      fc.string({ unit: 'grapheme' }),
      fc.string({ unit: fc.constantFrom(...'aZ09 -_.İıẞß①Ａｶ日本会談ーあ々\u00e9e\u0301'.split('')) }),
    );
    fc.assert(
      fc.property(text, (t) => {
        expect(indexTokens(t)).toEqual(referenceTokens(t));
      }),
      { numRuns: 500 },
    );
  });

  it('renders tsvector literals as the plain statement does, even past the position and count caps', () => {
    const many = Array.from({ length: 17_000 }, (_, i) => (i % 3 === 0 ? 'a' : `w${i % 400}`));
    expect(tsvectorLiteral(many)).toBe(referenceTsvector(many));
    const late = [...Array.from({ length: 16_390 }, (_, i) => `w${i % 5000}`), 'w1', 'w1', 'z', 'z'];
    expect(tsvectorLiteral(late)).toBe(referenceTsvector(late));
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'b', 'c', '日本'), { maxLength: 400 }), (tokens) => {
        expect(tsvectorLiteral(tokens)).toBe(referenceTsvector(tokens));
      }),
    );
  });

  it('indexes words lower-cased and Japanese as bigrams plus the last character', () => {
    expect(indexTokens('Japan-Korea 首脳会談')).toEqual(['japan', 'korea', '首脳', '脳会', '会談', '談']);
    expect(indexTokens('ＡＢＣ　ｶﾀｶﾅ')).toEqual(['abc', 'カタ', 'タカ', 'カナ', 'ナ']);
  });

  it('parses queries into word prefixes, bigram phrases and single-character prefixes', () => {
    expect(queryTerms('Minist 首脳会談 韓')).toEqual([
      { tokens: ['minist'], prefix: true },
      { tokens: ['首脳', '脳会', '会談'], prefix: false },
      { tokens: ['韓'], prefix: true },
    ]);
    expect(queryTerms('!!! ...')).toEqual([]);
  });

  it('renders FTS5 and tsquery syntax without any user-controlled quoting', () => {
    const terms = queryTerms(`it's "日本"`);
    expect(fts5Query(terms)).toBe('"it"* AND "s"* AND "日本"');
    expect(tsqueryLiteral(terms)).toBe("'it':* & 's':* & '日本'");
    expect(tsvectorLiteral(['a', 'b', 'a'])).toBe("'a':1,3 'b':2");
  });

  it('finds every Japanese substring of two or more characters as a contiguous phrase', () => {
    fc.assert(
      fc.property(fc.array(kana, { minLength: 2, maxLength: 30 }), fc.nat(), fc.nat(), (chars, a, b) => {
        const text = chars.join('');
        const start = a % (chars.length - 1);
        const end = start + 2 + (b % (chars.length - start - 1));
        const [term] = queryTerms(chars.slice(start, end).join(''));
        const tokens = indexTokens(text);
        const phrase = term!.tokens.join(' ');
        return ` ${tokens.join(' ')} `.includes(` ${phrase} `);
      }),
    );
  });
});

describe('PostgreSQL tsvector limits', () => {
  const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

  it('cuts words to 100 code points, in documents and queries alike', () => {
    const long = `${'a'.repeat(2999)}b`;
    for (const text of [long, `首脳 ${long}`, `${'é'.repeat(3000)}`, `${'𝐀'.repeat(3000)}`]) {
      const tokens = indexTokens(text);
      for (const token of tokens) expect(bytes(token)).toBeLessThanOrEqual(400);
      expect(Math.max(...tokens.map((t) => [...t].length))).toBe(100);
    }
    expect(queryTerms(long)[0]!.tokens[0]).toBe('a'.repeat(100));
  });

  it('keeps a document well under 1 MiB of lexemes, whatever its words', () => {
    const distinct = (n: number, length: number, letter: string) =>
      Array.from({ length: n }, (_, i) => `${i.toString(36)}${letter.repeat(length)}`.slice(0, length)).join(
        ' ',
      );
    for (const text of [
      distinct(20_000, 100, 'x'),
      distinct(20_000, 100, '𝐀'),
      distinct(20_000, 100, '語'),
    ]) {
      const tokens = indexTokens(text);
      const total = [...new Set(tokens)].reduce((n, t) => n + bytes(t), 0);
      expect(total).toBeLessThan(800_000);
      expect(bytes(tsvectorLiteral(tokens))).toBeLessThan(1_000_000);
    }
  });
});
