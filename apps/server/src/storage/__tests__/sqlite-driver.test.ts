// The SQLite driver survives statements being garbage-collected on every supported Node: with
// better-sqlite3 12 on Node 24 the process aborts here instead of failing an assertion.
import { describe, expect, it } from 'vitest';
import { Database } from '../sqlite-driver';

describe('sqlite driver', () => {
  it('lets thousands of dropped statements be collected while the database stays usable', () => {
    const db = new Database(':memory:');
    db.exec('CREATE TABLE t (n INTEGER)');
    for (let i = 0; i < 20_000; i++) {
      db.prepare(`INSERT INTO t (n) VALUES (${i % 7})`).run();
      if (i % 1000 === 0) Array.from({ length: 50_000 }, (_, k) => ({ k }));
    }
    expect(db.prepare('SELECT count(*) AS c FROM t').get()).toEqual({ c: 20_000 });
    expect(
      db
        .prepare("SELECT count(*) AS c FROM pragma_compile_options WHERE compile_options = 'ENABLE_FTS5'")
        .get(),
    ).toEqual({ c: 1 });
    db.close();
  });
});
