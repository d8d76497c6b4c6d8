// Readout listings on PostgreSQL: facet filters resolved to counts first, and a search walked in
// listing order with each row's tsvector tested, falling back to the GIN match set when it is
// sparse (query/text-plan.ts).
import type { Readout } from '@readouts/schema';
import type pg from 'pg';
import { drivingFilter, type FacetFilter, facetLookups } from '../query/facet-filters';
import type { ReadoutQuery } from '../query/params';
import { buildListSql, type ListDialect } from '../query/sql';
import { fullTextWindow, type TextPlan } from '../query/text-plan';
import { tsqueryLiteral } from '../search/dialects';
import { queryTerms } from '../search/tokens';
import { readoutOfState } from './pg-readout';
import { pageFrom } from './results';
import type { ReadoutPage } from './types';

const dialect: ListDialect = {
  placeholder: (n) => `$${n}`,
  contains: (haystack, needle) => `strpos(${haystack}, ${needle}) > 0`,
  fullText: (terms, bind) => `search @@ ${bind(tsqueryLiteral(terms))}::tsquery`,
  falseLiteral: 'false',
  recordKey: 'readout_id',
  drivenBy: (values) => ({
    from: 'records',
    condition: `readout_id IN (SELECT readout_id FROM record_facets WHERE ${values})`,
  }),
  anyOf: (column, ids) => `${column} = ANY(${ids}::bigint[])`,
};

interface ListedRow {
  /** The record's state, parsed: the readout is derived from it (one stored copy). */
  state: unknown;
  readout_id: string;
  sort_key: string;
}

/**
 * One page of a search walked in listing order: at most `window` rows read, each tested against
 * the tsvector stored in its row; null when the window ran out before the page was full. The
 * window's last row comes back whether it matches or not, to tell "ran out" from "no more rows".
 */
async function walkSearch(
  pool: pg.Pool,
  userId: number,
  query: ReadoutQuery,
  facets: Parameters<typeof buildListSql>[3],
  tsquery: string,
): Promise<ListedRow[] | null> {
  const { q: _searched, ...unsearched } = query;
  const walk = buildListSql(dialect, userId, unsearched, facets);
  const window = fullTextWindow(query.limit);
  const match = `$${walk.params.length + 1}::tsquery`;
  // The outer ORDER BY is the inner one, which PostgreSQL carries through without a sort, so the
  // outer LIMIT stops the index walk at the page's last match.
  const { rows } = await pool.query(
    `SELECT state, readout_id, ${walk.sortKey} AS sort_key, search @@ ${match} AS hit, n = ${window} AS last FROM (
       SELECT state, readout_id, search, ${walk.sortKey}, row_number() OVER (ORDER BY ${walk.orderBy}) AS n
       FROM ${walk.from} WHERE ${walk.where} ORDER BY ${walk.orderBy} LIMIT ${window}
     ) w WHERE search @@ ${match} OR n = ${window} ORDER BY ${walk.orderBy} LIMIT ${query.limit + 1}`,
    [...walk.params, tsquery],
  );
  const hits = rows.filter((r) => r.hit);
  if (hits.length <= query.limit && rows.some((r) => r.last)) return null;
  return hits;
}

/** Lists a user's readouts; `plan` 'match-set' always starts a search from its GIN matches. */
export async function listPgReadouts(
  pool: pg.Pool,
  userId: number,
  query: ReadoutQuery,
  plan: TextPlan = 'adaptive',
): Promise<ReadoutPage> {
  const filters: FacetFilter[] = [];
  for (const lookup of facetLookups(query)) {
    const { rows } = await pool.query(
      `SELECT coalesce(sum(n), 0) AS n, coalesce(array_agg(id), '{}') AS ids FROM facet_values WHERE user_id = $1 AND kind = $2 AND ${
        lookup.exact ? 'value = $3' : 'strpos(value, $3) > 0'
      }`,
      [userId, lookup.kind, lookup.value],
    );
    const n = Number(rows[0].n);
    if (n <= 0) return { items: [], nextCursor: null };
    filters.push({ lookup, n, ids: (rows[0].ids as Array<number | string>).map(Number) });
  }
  const live = await pool.query(
    "SELECT coalesce(sum(n), 0) AS n FROM facet_values WHERE user_id = $1 AND kind = 'format'",
    [userId],
  );
  const facets = { filters, drive: drivingFilter(filters, Number(live.rows[0].n), query.limit) };
  // Listings hold live records only (every plan filters out tombstones), each with a readout.
  const parse = (r: ListedRow) => readoutOfState(r.state) as Readout;
  const terms = query.q ? queryTerms(query.q) : [];
  if (terms.length && plan === 'adaptive') {
    const rows = await walkSearch(pool, userId, query, facets, tsqueryLiteral(terms));
    if (rows) return pageFrom(rows, query, parse);
  }
  const sql = buildListSql(dialect, userId, query, facets);
  const { rows } = await pool.query(
    `SELECT state, readout_id, ${sql.sortKey} AS sort_key FROM ${sql.from} WHERE ${sql.where} ORDER BY ${sql.orderBy} LIMIT ${query.limit + 1}`,
    sql.params,
  );
  return pageFrom(rows, query, parse);
}
