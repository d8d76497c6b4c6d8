// The backend-independent part of a push: which mutations are new (by the shared id rules of
// @readouts/sync), the final write per record, and the change sequence number of each write.
import { checkMutationIds } from '@readouts/sync';
import type { MutationRef, PushOutcome, RecordWrite, Reducer, StoredRecord } from './types';

export interface PushPlan<M extends MutationRef = MutationRef> {
  outcome: PushOutcome;
  /** Final write per touched record, in the order their sequence numbers were given. */
  writes: Array<{ readoutId: string; seq: number; write: RecordWrite }>;
  /** The mutations applied, in order, each with the change sequence of its record's write. */
  applied: Array<{ mutation: M; seq: number }>;
  lastSeq: number;
}

/** Ids of the records that the not-yet-applied mutations of a batch touch (to load them first). */
export function touchedIds(mutations: MutationRef[], lastMutationId: number): string[] {
  return [...new Set(mutations.filter((m) => m.id > lastMutationId).map((m) => m.readoutId))];
}

/**
 * Plans a batch given the client's last applied id, the user's current change sequence and the
 * current records the batch touches. Mutations up to a gap are applied; the gap is reported.
 * Pure: the caller runs it inside its transaction and writes the result.
 */
export function planPush<M extends MutationRef>(
  mutations: M[],
  lastMutationId: number,
  lastSeq: number,
  current: Map<string, StoredRecord>,
  reduce: Reducer<M>,
): PushPlan<M> {
  const ids = checkMutationIds(lastMutationId, mutations);
  const records = new Map(current);
  const touched = new Map<string, RecordWrite>();
  for (const m of ids.toApply) {
    const write = reduce(records.get(m.readoutId) ?? null, m);
    records.set(m.readoutId, { readoutId: m.readoutId, seq: 0, deleted: !write.readout, ...write });
    touched.delete(m.readoutId);
    touched.set(m.readoutId, write);
  }
  let seq = lastSeq;
  const writes = [...touched].map(([readoutId, write]) => ({ readoutId, seq: ++seq, write }));
  const seqOf = new Map(writes.map((w) => [w.readoutId, w.seq]));
  return {
    outcome: {
      applied: ids.toApply.length,
      skipped: ids.alreadyApplied.length,
      lastMutationId: ids.lastMutationId,
      gapExpected: ids.gap?.expected ?? null,
    },
    writes,
    applied: ids.toApply.map((mutation) => ({ mutation, seq: seqOf.get(mutation.readoutId)! })),
    lastSeq: seq,
  };
}
