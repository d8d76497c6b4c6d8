// The SQLite queries that only read a user's collection (listings, stats), on any connection: the
// main one, or a read-only one in a reader thread (reader-pool.ts).
import type { Readout } from '@readouts/schema';
import type BetterSqlite3 from 'better-sqlite3';
import { drivingFilter, type FacetFilter, facetLookups } from '../query/facet-filters';
import type { ReadoutQuery } from '../query/params';
import { buildListSql, type ListDialect, type ListFacets } from '../query/sql';
import { fullTextWindow, type TextPlan } from '../query/text-plan';
import { type Fts5Term, fts5Query } from '../search/dialects';
import { queryTerms } from '../search/tokens';
import { readoutOfState } from './record-upgrade';
import { pageFrom, statsFrom } from './results';
import { sqliteVocabulary } from './sqlite-vocabulary';
import type { ReadoutPage, ReadoutStats } from './types';

/** The reads a reader thread answers, by name. */
export interface SqliteReads {
  listReadouts(userId: number, query: ReadoutQuery): ReadoutPage;
  stats(userId: number): ReadoutStats;
}

/**
 * Listing SQL for SQLite; `match` (a ready FTS5 expression) is the search of the plan that starts
 * from the match set: fetch every match, then sort them.
 */
const dialect = (match: string | null): ListDialect => ({
  placeholder: () => '?',
  contains: (haystack, needle) => `instr(${haystack}, ${needle}) > 0`,
  recordKey: 'rid',
  // CROSS JOIN keeps the facet's records the outer loop: SQLite would rather walk the sort index.
  drivenBy: (values) => ({
    from: `(SELECT DISTINCT rid AS driven FROM record_facets WHERE ${values}) CROSS JOIN records ON records.rid = driven`,
    condition: null,
  }),
  fullText: (_terms, bind) => `rid IN (SELECT rowid FROM records_fts WHERE records_fts MATCH ${bind(match)})`,
  falseLiteral: '0',
});

/** Matches counted (up to this) before a search walks the listing order: fewer are just sorted. */
const COMMON_SEARCH = 1000;

interface ListedRow {
  rid: number;
  readout_id: string;
  sort_key: string;
}

/**
 * Prepares the read statements on `db` (any connection to a migrated database); `plan`
 * 'match-set' always starts a search from its matches.
 */
export function sqliteReads(db: BetterSqlite3.Database, plan: TextPlan = 'adaptive'): SqliteReads {
  const facetCountExact = db
    .prepare('SELECT n FROM facet_values WHERE user_id = ? AND kind = ? AND value = ?')
    .pluck();
  const facetCountInside = db
    .prepare(
      'SELECT coalesce(sum(n), 0) FROM facet_values WHERE user_id = ? AND kind = ? AND instr(value, ?) > 0',
    )
    .pluck();
  const liveCount = db
    .prepare("SELECT coalesce(sum(n), 0) FROM facet_values WHERE user_id = ? AND kind = 'format'")
    .pluck();
  const facetCounts = db.prepare(
    `SELECT kind, value, n FROM facet_values
     WHERE user_id = ? AND kind IN ('countries', 'counterparts', 'year', 'format') AND n > 0`,
  );
  const ftsCount = db
    .prepare('SELECT count(*) FROM (SELECT rowid FROM records_fts WHERE records_fts MATCH ? LIMIT ?)')
    .pluck();
  const ftsProbe = db.prepare('SELECT 1 FROM records_fts WHERE records_fts MATCH ? AND rowid = ?').pluck();
  const stateOf = db.prepare('SELECT state FROM records WHERE rid = ?').pluck();
  const spell = sqliteVocabulary(db);
  const statements = new Map<string, BetterSqlite3.Statement>();
  /** Listing statements by text: a handful of shapes recur, each parsed once per connection. */
  const prepared = (sql: string): BetterSqlite3.Statement => {
    let statement = statements.get(sql);
    if (!statement) {
      if (statements.size >= 256) statements.clear();
      statement = db.prepare(sql);
      statements.set(sql, statement);
    }
    return statement;
  };

  /**
   * A search walked in listing order, each row probed in the index, until a page is full or the
   * window is used up (null: the caller falls back to sorting the match set).
   */
  const walkSearch = (userId: number, query: ReadoutQuery, facets: ListFacets, match: string) => {
    const { q: _searched, ...unsearched } = query;
    const sql = buildListSql(dialect(null), userId, unsearched, facets);
    const walk = prepared(
      `SELECT rid, readout_id, ${sql.sortKey} AS sort_key FROM ${sql.from} WHERE ${sql.where} ORDER BY ${sql.orderBy}`,
    );
    const hits: ListedRow[] = [];
    const window = fullTextWindow(query.limit);
    let scanned = 0;
    for (const row of walk.iterate(...sql.params) as IterableIterator<ListedRow>) {
      if (++scanned > window) return null;
      // As a BigInt: FTS5 takes a rowid bound only when it is bound as an integer, and ignores a
      // number (better-sqlite3 binds those as REAL), answering the first match of the whole index.
      if (ftsProbe.get(match, BigInt(row.rid)) === undefined) continue;
      hits.push(row);
      if (hits.length > query.limit) break;
    }
    return hits.map((row) => ({ ...row, state: stateOf.get(row.rid) as string }));
  };

  return {
    listReadouts(userId, query) {
      const filters: FacetFilter[] = [];
      for (const lookup of facetLookups(query)) {
        const n = Number(
          (lookup.exact
            ? facetCountExact.get(userId, lookup.kind, lookup.value)
            : facetCountInside.get(userId, lookup.kind, lookup.value)) ?? 0,
        );
        if (n <= 0) return { items: [], nextCursor: null };
        filters.push({ lookup, n });
      }
      const facets = { filters, drive: drivingFilter(filters, liveCount.get(userId) as number, query.limit) };
      // A listed record is live (deleted = 0), so its state has a readout.
      const parse = (r: { state: string }) => readoutOfState(JSON.parse(r.state)) as Readout;
      let match: string | null = null;
      const terms = query.q ? queryTerms(query.q) : [];
      if (terms.length) {
        const spelled: Fts5Term[] | null = spell(terms);
        if (!spelled) return { items: [], nextCursor: null };
        match = fts5Query(spelled);
        // The count is of every user's documents: a hint of how dense matches are, never the answer.
        if (plan === 'adaptive' && (ftsCount.get(match, COMMON_SEARCH) as number) >= COMMON_SEARCH) {
          const rows = walkSearch(userId, query, facets, match);
          if (rows) return pageFrom(rows, query, parse);
        }
      }
      const sql = buildListSql(dialect(match), userId, query, facets);
      const rows = prepared(
        `SELECT state, readout_id, ${sql.sortKey} AS sort_key FROM ${sql.from} WHERE ${sql.where} ORDER BY ${sql.orderBy} LIMIT ?`,
      ).all(...sql.params, query.limit + 1) as Array<ListedRow & { state: string }>;
      return pageFrom(rows, query, parse);
    },
    stats(userId) {
      return statsFrom(facetCounts.all(userId) as Array<{ kind: string; value: string; n: number }>);
    },
  };
}
