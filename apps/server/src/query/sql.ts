// Builds the WHERE / ORDER BY of a readout listing for either SQL dialect from one description.
import { queryTerms, type SearchTerm } from '../search/tokens';
import { decodeCursor } from './cursor';
import type { ReadoutQuery, SortOrder } from './params';

/** What differs between SQLite and PostgreSQL in a listing query. */
export interface ListDialect {
  /** Placeholder for the n-th (1-based) parameter. */
  placeholder(n: number): string;
  /** Condition: `haystack` contains the text bound to `needle`. */
  contains(haystack: string, needle: string): string;
  /** Condition and bound value for a full-text search. */
  fullText(terms: SearchTerm[], needle: (value: unknown) => string): string;
  /** The literal for boolean false. */
  falseLiteral: string;
}

/** A listing query's parts (an unknown `date` is stored as '' and sorts first); `sortKey` is the expression whose value goes into the next cursor. */
export interface ListSql {
  where: string;
  orderBy: string;
  sortKey: string;
  params: unknown[];
}

const SORT_KEYS: Record<SortOrder, { expr: string; desc: boolean }> = {
  date: { expr: 'date', desc: false },
  '-date': { expr: 'date', desc: true },
  captured: { expr: 'captured_at', desc: false },
  '-captured': { expr: 'captured_at', desc: true },
  title: { expr: 'title', desc: false },
};

/** Translates a validated query for one user into SQL fragments for `dialect`. */
export function buildListSql(dialect: ListDialect, userId: number, query: ReadoutQuery): ListSql {
  const params: unknown[] = [];
  const bind = (value: unknown): string => {
    params.push(value);
    return dialect.placeholder(params.length);
  };
  const conditions = [`user_id = ${bind(userId)}`, `deleted = ${dialect.falseLiteral}`];
  if (query.q) {
    const terms = queryTerms(query.q);
    if (terms.length) conditions.push(dialect.fullText(terms, bind));
  }
  if (query.country) conditions.push(dialect.contains('countries', bind(`|${query.country}|`)));
  if (query.participant)
    conditions.push(dialect.contains('participants', bind(query.participant.toLowerCase())));
  if (query.topic) conditions.push(dialect.contains('topics', bind(query.topic.toLowerCase())));
  if (query.tag) conditions.push(dialect.contains('tags', bind(`|${query.tag}|`)));
  if (query.format) conditions.push(`format = ${bind(query.format)}`);
  if (query.lang) conditions.push(`lang = ${bind(query.lang)}`);
  if (query.from) conditions.push(`date >= ${bind(query.from)}`);
  if (query.to) conditions.push(`date <= ${bind(query.to)}`, "date <> ''");
  const sort = SORT_KEYS[query.sort];
  if (query.cursor) {
    const after = decodeCursor(query.sort, query.cursor);
    const op = sort.desc ? '<' : '>';
    conditions.push(`(${sort.expr}, readout_id) ${op} (${bind(after.value)}, ${bind(after.id)})`);
  }
  const dir = sort.desc ? 'DESC' : 'ASC';
  return {
    where: conditions.join(' AND '),
    orderBy: `${sort.expr} ${dir}, readout_id ${dir}`,
    sortKey: sort.expr,
    params,
  };
}
