// Spells out the prefix terms of a search as the indexed words they cover (FTS5's own vocabulary),
// so a listing can probe the index row by row at the cost of a seek per word.
import type BetterSqlite3 from 'better-sqlite3';
import type { Fts5Term } from '../search/dialects';
import type { SearchTerm } from '../search/tokens';

/** A prefix covering more words than this stays a prefix (probing it then costs a doclist merge). */
export const MAX_SPELLED_WORDS = 16;
/** Prefixes remembered per connection, until the database changes. */
const CACHE_SIZE = 1000;

/**
 * Returns a function spelling out a query's prefix terms from the index on `db`: a prefix that
 * covers no word means nothing matches (null). Answers are cached until another connection or this
 * one commits (`PRAGMA data_version` moves, or the total of writes on this one does), so a word a
 * push adds is always found.
 */
export function sqliteVocabulary(db: BetterSqlite3.Database): (terms: SearchTerm[]) => Fts5Term[] | null {
  // A TEMP table is this connection's own: read-only connections can make one, and no migration.
  db.exec(
    'CREATE VIRTUAL TABLE IF NOT EXISTS temp.records_fts_words USING fts5vocab(main, records_fts, row)',
  );
  const from = db
    .prepare('SELECT term FROM temp.records_fts_words WHERE term >= @p AND term <= @p || char(1114111)')
    .pluck();
  const dataVersion = db.prepare('PRAGMA data_version').pluck();
  const changes = db.prepare('SELECT total_changes()').pluck();
  const cache = new Map<string, string[] | null>();
  let seen = '';

  /** The words starting with `prefix`, or null when there are too many to list. */
  const words = (prefix: string): string[] | null => {
    const hit = cache.get(prefix);
    if (hit !== undefined) return hit;
    const out: string[] = [];
    let many = false;
    // Words sort by their bytes, so those starting with the prefix are one run from it.
    for (const term of from.iterate({ p: prefix }) as IterableIterator<string>) {
      if (!term.startsWith(prefix)) break;
      if (out.length === MAX_SPELLED_WORDS) {
        many = true;
        break;
      }
      out.push(term);
    }
    const answer = many ? null : out;
    if (cache.size >= CACHE_SIZE) cache.clear();
    cache.set(prefix, answer);
    return answer;
  };

  return (terms) => {
    const version = `${dataVersion.get()}:${changes.get()}`;
    if (version !== seen) {
      cache.clear();
      seen = version;
    }
    const out: Fts5Term[] = [];
    for (const term of terms) {
      if (!term.prefix || term.tokens.length !== 1) {
        out.push(term);
        continue;
      }
      const spelled = words(term.tokens[0]!);
      if (spelled?.length === 0) return null;
      out.push(spelled ? { ...term, words: spelled } : term);
    }
    return out;
  };
}
