// The PostgreSQL side of a push: lock the user and read the client, load the touched records,
// plan, upsert the touched records a chunk to a statement, then everything else the push writes
// (facets, mutation log, change sequence, client) in one statement; the caller wraps it in a
// transaction.
import type pg from 'pg';
import { readoutFacets } from './facets';
import { facetCtes } from './pg-facets';
import { cutLogs, logCtes } from './pg-log';
import { readoutOfState } from './pg-readout';
import { writeRecords } from './pg-records';
import { CteStatement } from './pg-statement';
import { type PushPlan, planPush, touchedIds } from './plan-push';
import { currentState } from './record-upgrade';
import type { MutationDescriber, MutationRef, PushOutcome, Reducer, StoredRecord } from './types';

const now = () => new Date().toISOString();

/** Maps a `records` row to a stored record, at the current schema version, its readout derived from its state. */
export function toRecord(row: Record<string, unknown>): StoredRecord {
  const state = currentState(row.state);
  return {
    readoutId: row.readout_id as string,
    seq: row.seq as number,
    deleted: row.deleted as boolean,
    state,
    readout: row.deleted ? null : readoutOfState(state),
  };
}

/**
 * The user's change sequence, locked, and the client's progress and owner. The row lock
 * serialises a user's pushes across all server processes, so sequence numbers become visible in
 * the order they were given and a pull never skips a late commit.
 */
const HEAD = `SELECT u.change_seq, c.last_mutation_id, c.token_id FROM users u
  LEFT JOIN clients c ON c.user_id = u.id AND c.client_id = $2
  WHERE u.id = $1 FOR UPDATE OF u`;

/** Applies a batch inside the open transaction of `c` (see `Storage.push`). */
export async function pushBatch<M extends MutationRef>(
  c: pg.PoolClient,
  userId: number,
  clientId: string,
  mutations: M[],
  reduce: Reducer<M>,
  tokenId?: string,
  describe?: MutationDescriber<M>,
): Promise<PushOutcome> {
  const head = (await c.query(HEAD, [userId, clientId])).rows[0];
  const seq = head.change_seq as number;
  const last = (head.last_mutation_id as number | null) ?? 0;
  const owner = head.token_id as string | null;
  if (tokenId !== undefined && owner != null && owner !== tokenId) {
    return { applied: 0, skipped: 0, lastMutationId: last, gapExpected: null, clientTaken: true };
  }
  const ids = touchedIds(mutations, last);
  const current = new Map<string, StoredRecord>();
  if (ids.length) {
    const { rows } = await c.query(
      'SELECT readout_id, seq, deleted, state FROM records WHERE user_id = $1 AND readout_id = ANY($2)',
      [userId, ids],
    );
    for (const row of rows) current.set(row.readout_id, toRecord(row));
  }
  const plan = planPush(mutations, last, seq, current, reduce);
  if (plan.outcome.applied === 0) return plan.outcome;
  let overKept: string[] = [];
  await writeRecords(c, userId, plan.writes, () => {
    const statement = new CteStatement();
    facetCtes(
      statement,
      userId,
      plan.writes.map(({ readoutId, write }) => ({
        key: readoutId,
        before: readoutFacets(current.get(readoutId)?.readout ?? null),
        after: readoutFacets(write.readout),
      })),
    );
    const stored = new Set(current.keys());
    overKept = logCtes(statement, { userId, clientId, tokenId: tokenId ?? null, stored }, plan, describe);
    headCtes(statement, userId, clientId, tokenId ?? null, plan);
    return { text: statement.text, values: statement.values };
  });
  await cutLogs(c, userId, overKept);
  return plan.outcome;
}

/** Adds the user's new change sequence and the client's progress (bound to `tokenId`) to `statement`. */
function headCtes(
  statement: CteStatement,
  userId: number,
  clientId: string,
  tokenId: string | null,
  plan: PushPlan<MutationRef>,
): void {
  const user = statement.bind(userId);
  statement.with('head', `UPDATE users SET change_seq = ${statement.bind(plan.lastSeq)} WHERE id = ${user}`);
  statement.with(
    'client',
    `INSERT INTO clients (user_id, client_id, last_mutation_id, updated_at, token_id)
     VALUES (${user}, ${statement.bind(clientId)}, ${statement.bind(plan.outcome.lastMutationId)}, ${statement.bind(now())}, ${statement.bind(tokenId)})
     ON CONFLICT (user_id, client_id) DO UPDATE SET last_mutation_id = excluded.last_mutation_id,
       updated_at = excluded.updated_at, token_id = COALESCE(clients.token_id, excluded.token_id)`,
  );
}
