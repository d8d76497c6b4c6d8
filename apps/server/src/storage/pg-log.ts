// The mutation log on PostgreSQL (mutation-log.ts): a push's applied mutations appended, and each
// touched record's log cut to its newest HISTORY_KEEP entries, both in the push's final statement.
import type pg from 'pg';
import { HISTORY_KEEP, logRows } from './mutation-log';
import { textArray } from './pg-json';
import type { CteStatement } from './pg-statement';
import type { PushPlan } from './plan-push';
import type { MutationDescriber, MutationRef } from './types';

const now = () => new Date().toISOString();

/** Deletes the log entries of records `ids` but their newest `keep` (per record), as of the statement's snapshot. */
const cutLogSql = (statementUser: string, ids: string, keep: string) =>
  `DELETE FROM mutation_log m USING (
     SELECT t.readout_id, (SELECT l.id FROM mutation_log l WHERE l.user_id = ${statementUser} AND l.readout_id = t.readout_id
       ORDER BY l.id DESC OFFSET t.keep LIMIT 1) AS cut
     FROM unnest(${ids}::text[], ${keep}::int[]) AS t(readout_id, keep)) k
   WHERE m.user_id = ${statementUser} AND m.readout_id = k.readout_id AND m.id <= k.cut`;

/**
 * Adds a plan's log entries to `statement`, and the cut of the older entries of the records in
 * `stored` (those that existed before the push: a record written for the first time has no log).
 * The statement sees the log as it was before it, so each record keeps HISTORY_KEEP less its new
 * entries of the older ones. Returns the records with more new entries than HISTORY_KEEP, whose
 * log `cutLogs` must cut once the statement has run.
 */
export function logCtes<M extends MutationRef>(
  statement: CteStatement,
  log: { userId: number; clientId: string; tokenId: string | null; stored: ReadonlySet<string> },
  plan: PushPlan<M>,
  describe: MutationDescriber<M> | undefined,
): string[] {
  const rows = logRows(plan, describe);
  if (!rows.length) return [];
  const user = statement.bind(log.userId);
  statement.with(
    'logged',
    `INSERT INTO mutation_log (user_id, readout_id, seq, client_id, token_id, applied_at, type, detail)
     SELECT ${user}, r.readout_id, r.seq::bigint, ${statement.bind(log.clientId)}, ${statement.bind(log.tokenId)},
       ${statement.bind(now())}, r.type, r.detail
     FROM ROWS FROM (json_array_elements_text(${statement.bind(textArray(rows.map((r) => r.readoutId)))}::json),
       json_array_elements_text(${statement.bind(JSON.stringify(rows.map((r) => String(r.seq))))}::json),
       json_array_elements_text(${statement.bind(textArray(rows.map((r) => r.type)))}::json),
       json_array_elements_text(${statement.bind(JSON.stringify(rows.map((r) => r.detail)))}::json))
       AS r(readout_id, seq, type, detail)`,
  );
  const added = new Map<string, number>();
  for (const r of rows) added.set(r.readoutId, (added.get(r.readoutId) ?? 0) + 1);
  const cut = [...added].filter(([id]) => log.stored.has(id));
  if (cut.length) {
    statement.with(
      'log_cut',
      cutLogSql(
        user,
        statement.bind(cut.map(([id]) => id)),
        statement.bind(cut.map(([, n]) => Math.max(HISTORY_KEEP - n, 0))),
      ),
    );
  }
  return [...added].filter(([, n]) => n > HISTORY_KEEP).map(([id]) => id);
}

/** Cuts the log of `readoutIds` to their newest HISTORY_KEEP entries (after the entries are in). */
export async function cutLogs(c: pg.PoolClient, userId: number, readoutIds: string[]): Promise<void> {
  if (!readoutIds.length) return;
  await c.query(cutLogSql('$1', '$2', '$3'), [userId, readoutIds, readoutIds.map(() => HISTORY_KEEP)]);
}
