// Renders index tokens and parsed queries in each backend's full-text syntax.
import type { SearchTerm } from './tokens';

/** FTS5 document text: tokens separated by spaces, tokenised again by unicode61 unchanged. */
export function fts5Document(tokens: string[]): string {
  return tokens.join(' ');
}

/**
 * A search term for FTS5, a prefix optionally spelled out as the indexed words it stands for: FTS5
 * answers a prefix by merging the whole doclist of every word it covers, on every probe, where a
 * list of words is a seek per word (see `sqlite-vocabulary.ts`).
 */
export interface Fts5Term extends SearchTerm {
  words?: string[];
}

/**
 * FTS5 MATCH expression: every term must match; phrases are quoted, prefixes starred, a spelled-out
 * prefix an OR of its words.
 * @example fts5Query([{ tokens: ['首脳', '脳会'], prefix: false }]) // '"首脳 脳会"'
 * @example fts5Query([{ tokens: ['mari'], prefix: true, words: ['marine', 'maritime'] }]) // '("marine" OR "maritime")'
 */
export function fts5Query(terms: Fts5Term[]): string {
  return terms
    .map((t) =>
      t.words
        ? `(${t.words.map((w) => `"${w}"`).join(' OR ')})`
        : `"${t.tokens.join(' ')}"${t.prefix ? '*' : ''}`,
    )
    .join(' AND ');
}

/** PostgreSQL tsvector literal with positions, built here so the server's locale plays no part. */
export function tsvectorLiteral(tokens: string[]): string {
  // Each token keeps its first 256 positions (repeats of the cap at 16383 written once); positions
  // only grow, so a repeat can only be of the last one written.
  const entries = new Map<string, { text: string; count: number; last: number }>();
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const pos = i < 16383 ? i + 1 : 16383;
    const entry = entries.get(token);
    if (entry === undefined) entries.set(token, { text: `'${token}':${pos}`, count: 1, last: pos });
    else if (entry.count < 256) {
      entry.count++;
      if (pos !== entry.last) {
        entry.text += `,${pos}`;
        entry.last = pos;
      }
    }
  }
  let out = '';
  for (const entry of entries.values()) out += out ? ` ${entry.text}` : entry.text;
  return out;
}

/**
 * PostgreSQL tsquery literal: terms joined by `&`, phrase tokens by `<->`, prefixes as `:*`.
 * @example tsqueryLiteral([{ tokens: ['japan'], prefix: true }]) // "'japan':*"
 */
export function tsqueryLiteral(terms: SearchTerm[]): string {
  return terms
    .map((t) => {
      const parts = t.tokens.map((token) => `'${token}'`);
      if (t.prefix) parts[parts.length - 1] += ':*';
      return parts.length > 1 ? `(${parts.join(' <-> ')})` : parts[0];
    })
    .join(' & ');
}
