// Renders index tokens and parsed queries in each backend's full-text syntax.
import type { SearchTerm } from './tokens';

/** FTS5 document text: tokens separated by spaces, tokenised again by unicode61 unchanged. */
export function fts5Document(tokens: string[]): string {
  return tokens.join(' ');
}

/**
 * FTS5 MATCH expression: every term must match; phrases are quoted, prefixes starred.
 * @example fts5Query([{ tokens: ['首脳', '脳会'], prefix: false }]) // '"首脳 脳会"'
 */
export function fts5Query(terms: SearchTerm[]): string {
  return terms.map((t) => `"${t.tokens.join(' ')}"${t.prefix ? '*' : ''}`).join(' AND ');
}

/** PostgreSQL tsvector literal with positions, built here so the server's locale plays no part. */
export function tsvectorLiteral(tokens: string[]): string {
  const positions = new Map<string, number[]>();
  tokens.forEach((token, i) => {
    const list = positions.get(token) ?? [];
    if (list.length < 256) list.push(Math.min(i + 1, 16383));
    positions.set(token, list);
  });
  return [...positions].map(([token, pos]) => `'${token}':${[...new Set(pos)].join(',')}`).join(' ');
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
