// The decisions store on SQLite: merged in one immediate transaction, so writes of one user are
// serialised and the decision sequence is gap-free in commit order.
import type BetterSqlite3 from 'better-sqlite3';
import { type DecisionStorage, planDecisionWrites, rowId } from './decisions';

/** The decisions methods of the SQLite storage, over its open database. */
export function sqliteDecisionStore(db: BetterSqlite3.Database): DecisionStorage {
  const q = {
    held: db.prepare('SELECT kind, key, value FROM decisions WHERE user_id = ? AND kind = ? AND key = ?'),
    count: db.prepare('SELECT count(*) FROM decisions WHERE user_id = ?').pluck(),
    head: db.prepare('SELECT seq FROM decision_heads WHERE user_id = ?').pluck(),
    setHead: db.prepare(
      'INSERT INTO decision_heads (user_id, seq) VALUES (?, ?) ON CONFLICT (user_id) DO UPDATE SET seq = excluded.seq',
    ),
    upsert: db.prepare(
      `INSERT INTO decisions (user_id, kind, key, value, hlc, seq) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (user_id, kind, key) DO UPDATE SET value = excluded.value, hlc = excluded.hlc, seq = excluded.seq`,
    ),
    pull: db.prepare(
      'SELECT kind, key, hlc, value, seq FROM decisions WHERE user_id = ? AND seq > ? ORDER BY seq LIMIT ?',
    ),
  };
  return {
    async mergeDecisions(userId, decisions, wins, maxPerUser) {
      return db
        .transaction(() => {
          const held = new Map<string, unknown>();
          for (const d of decisions) {
            const row = q.held.get(userId, d.kind, d.key) as { value: string } | undefined;
            if (row) held.set(rowId(d), JSON.parse(row.value));
          }
          const { writes, newKeys } = planDecisionWrites(decisions, held, wins);
          if (newKeys > 0 && (q.count.get(userId) as number) + newKeys > maxPerUser)
            return { written: 0, overCap: true };
          let seq = (q.head.get(userId) as number | undefined) ?? 0;
          for (const d of writes) q.upsert.run(userId, d.kind, d.key, JSON.stringify(d.value), d.hlc, ++seq);
          if (writes.length > 0) q.setHead.run(userId, seq);
          return { written: writes.length };
        })
        .immediate();
    },
    async pullDecisions(userId, cursor, limit) {
      const rows = q.pull.all(userId, cursor, limit + 1) as Array<{
        kind: 'pair' | 'person';
        key: string;
        hlc: string;
        value: string;
        seq: number;
      }>;
      const page = rows.slice(0, limit);
      return {
        decisions: page.map((r) => ({ kind: r.kind, key: r.key, hlc: r.hlc, value: JSON.parse(r.value) })),
        cursor: page.at(-1)?.seq ?? cursor,
        hasMore: rows.length > limit,
      };
    },
    async decisionHead(userId) {
      return (q.head.get(userId) as number | undefined) ?? 0;
    },
  };
}
