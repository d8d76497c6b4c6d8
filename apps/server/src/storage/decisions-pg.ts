// The decisions store on PostgreSQL. Each merge first locks the user's `decision_heads` row, so
// merges of one user run one at a time and the decision sequence is gap-free in commit order: a
// pull never sees a later number before an earlier one has committed.
import type pg from 'pg';
import { type DecisionStorage, planDecisionWrites, rowId } from './decisions';
import { inClientTransaction } from './pg-upgrade';

/** The decisions methods of the PostgreSQL storage, over its pool. */
export function pgDecisionStore(pool: pg.Pool): DecisionStorage {
  return {
    async mergeDecisions(userId, decisions, wins, maxPerUser) {
      const client = await pool.connect();
      try {
        return await inClientTransaction(client, async (c) => {
          const head = await c.query(
            `INSERT INTO decision_heads (user_id, seq) VALUES ($1, 0)
             ON CONFLICT (user_id) DO UPDATE SET seq = decision_heads.seq RETURNING seq`,
            [userId],
          );
          let seq = head.rows[0].seq as number;
          const { rows } = await c.query(
            `SELECT d.kind, d.key, d.value FROM decisions d
             JOIN unnest($2::text[], $3::text[]) AS k(kind, key) ON d.kind = k.kind AND d.key = k.key
             WHERE d.user_id = $1`,
            [userId, decisions.map((d) => d.kind), decisions.map((d) => d.key)],
          );
          const held = new Map<string, unknown>(rows.map((r) => [rowId(r), r.value]));
          const { writes, newKeys } = planDecisionWrites(decisions, held, wins);
          if (newKeys > 0) {
            const count = await c.query('SELECT count(*)::int AS n FROM decisions WHERE user_id = $1', [
              userId,
            ]);
            if ((count.rows[0].n as number) + newKeys > maxPerUser) return { written: 0, overCap: true };
          }
          if (writes.length === 0) return { written: 0 };
          const seqs = writes.map(() => ++seq);
          await c.query(
            `INSERT INTO decisions (user_id, kind, key, value, hlc, seq)
             SELECT $1::bigint, * FROM unnest($2::text[], $3::text[], $4::json[], $5::text[], $6::bigint[])
             ON CONFLICT (user_id, kind, key) DO UPDATE SET value = excluded.value, hlc = excluded.hlc, seq = excluded.seq`,
            [
              userId,
              writes.map((d) => d.kind),
              writes.map((d) => d.key),
              writes.map((d) => JSON.stringify(d.value)),
              writes.map((d) => d.hlc),
              seqs,
            ],
          );
          await c.query('UPDATE decision_heads SET seq = $2 WHERE user_id = $1', [userId, seq]);
          return { written: writes.length };
        });
      } finally {
        client.release();
      }
    },
    async pullDecisions(userId, cursor, limit) {
      const { rows } = await pool.query(
        'SELECT kind, key, hlc, value, seq FROM decisions WHERE user_id = $1 AND seq > $2 ORDER BY seq LIMIT $3',
        [userId, cursor, limit + 1],
      );
      const page = rows.slice(0, limit);
      return {
        decisions: page.map((r) => ({ kind: r.kind, key: r.key, hlc: r.hlc, value: r.value })),
        cursor: (page.at(-1)?.seq as number | undefined) ?? cursor,
        hasMore: rows.length > limit,
      };
    },
    async decisionHead(userId) {
      const { rows } = await pool.query('SELECT seq FROM decision_heads WHERE user_id = $1', [userId]);
      return (rows[0]?.seq as number | undefined) ?? 0;
    },
  };
}
