// Search tokenisation: Japanese bigrams and words, and the guarantee that any Japanese substring
// of a document finds it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fts5Query, tsqueryLiteral, tsvectorLiteral } from '../dialects';
import { indexTokens, queryTerms } from '../tokens';

const kana = fc.constantFrom(...'日本外務大臣会談首脳韓国中国あいうえおカキクケコー々'.split(''));

describe('search tokens', () => {
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
