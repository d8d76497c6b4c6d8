// Builds the WHERE / ORDER BY of a readout listing for either SQL dialect from one description.
import { queryTerms, type SearchTerm } from '../search/tokens';
import { decodeCursor } from './cursor';
import type { FacetFilter } from './facet-filters';
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
  /** The column `record_facets` keys records by (SQLite: the rowid; PostgreSQL: the readout id). */
  recordKey: string;
  /** FROM clause and condition listing only the records `record_facets` rows matching `values` name. */
  drivenBy(values: string): { from: string; condition: string | null };
  /**
   * Condition: `column` is one of the facet value ids bound to `ids`, for a filter whose ids were
   * looked up already; without it the ids are selected inside the statement.
   */
  anyOf?(column: string, ids: string): string;
}

/** A listing query's parts (an unknown `date` is stored as '' and sorts first); `sortKey` is the expression whose value goes into the next cursor. */
export interface ListSql {
  where: string;
  orderBy: string;
  sortKey: string;
  from: string;
  params: unknown[];
}

/** The facet filters of a listing, resolved, and which one (if any) the listing starts from. */
export interface ListFacets {
  filters: FacetFilter[];
  drive: number | null;
}

const SORT_KEYS: Record<SortOrder, { expr: string; desc: boolean }> = {
  date: { expr: 'date', desc: false },
  '-date': { expr: 'date', desc: true },
  captured: { expr: 'captured_at', desc: false },
  '-captured': { expr: 'captured_at', desc: true },
  title: { expr: 'title', desc: false },
};

/**
 * Translates a validated query for one user into SQL fragments for `dialect`; the facet filters
 * (country, participant, topic, tag) come resolved to value ids, each a probe of `record_facets`
 * but the driving one, which the listing starts from.
 */
export function buildListSql(
  dialect: ListDialect,
  userId: number,
  query: ReadoutQuery,
  facets: ListFacets = { filters: [], drive: null },
): ListSql {
  const params: unknown[] = [];
  const bind = (value: unknown): string => {
    params.push(value);
    return dialect.placeholder(params.length);
  };
  const valueIds = ({ lookup }: FacetFilter) =>
    `SELECT id FROM facet_values WHERE user_id = ${bind(userId)} AND kind = ${bind(lookup.kind)} AND ${
      lookup.exact ? `value = ${bind(lookup.value)}` : dialect.contains('value', bind(lookup.value))
    }`;
  // Known ids let the planner estimate how many records each filter has (a subquery it cannot).
  const values = (filter: FacetFilter, column: string) =>
    filter.ids && dialect.anyOf
      ? dialect.anyOf(column, bind(filter.ids))
      : `${column} IN (${valueIds(filter)})`;
  // Bound first: the FROM clause comes before the WHERE clause in the statement.
  const driven =
    facets.drive === null ? null : dialect.drivenBy(values(facets.filters[facets.drive]!, 'value_id'));
  const conditions = [`user_id = ${bind(userId)}`, `deleted = ${dialect.falseLiteral}`];
  if (driven?.condition) conditions.push(driven.condition);
  const key = dialect.recordKey;
  facets.filters.forEach((filter, i) => {
    if (i === facets.drive) return;
    conditions.push(
      `EXISTS (SELECT 1 FROM record_facets f WHERE ${values(filter, 'f.value_id')} AND f.${key} = records.${key})`,
    );
  });
  if (query.q) {
    const terms = queryTerms(query.q);
    if (terms.length) conditions.push(dialect.fullText(terms, bind));
  }
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
    from: driven?.from ?? 'records',
    params,
  };
}
