// The backend-independent part of a push: which mutations are new (by the shared id rules of
// @readouts/sync), the final write per record, and the change sequence number of each write.
// No write may leave a record over the tag caps, whichever way the mutation came in.
import type { RecordState } from '@readouts/schema';
import { checkMutationIds, type MutationProblem, tagCapProblem } from '@readouts/sync';
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

const isRecordState = (state: unknown): state is RecordState =>
  typeof state === 'object' && state !== null && typeof (state as { tags?: unknown }).tags === 'object';

const tagCounts = (state: RecordState) => {
  const entries = Object.values(state.tags ?? {});
  const present = entries.filter((t) => t.added !== null && (t.removed === null || t.added > t.removed));
  return { entries: entries.length, present: present.length };
};

/**
 * Why a write may not be made: its state is over a tag cap (`tagCapProblem`) and the mutation
 * grew it there. A record stored over a cap before this check existed may still lose tags or
 * change otherwise, so it is never stuck.
 */
export function capRefusal(before: unknown, after: unknown): MutationProblem | null {
  if (!isRecordState(after)) return null;
  const problem = tagCapProblem(after);
  if (!problem || !isRecordState(before)) return problem;
  const [was, is] = [tagCounts(before), tagCounts(after)];
  return is.entries > was.entries || is.present > was.present ? problem : null;
}

/**
 * Plans a batch given the client's last applied id, the user's current change sequence and the
 * current records the batch touches. Mutations up to a gap are applied; the gap is reported.
 * A mutation whose write `capRefusal` refuses makes the whole batch refused: nothing is written
 * and `outcome.refused` names it, so the client sets it aside and sends the rest again.
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
  for (const [index, m] of ids.toApply.entries()) {
    const before = records.get(m.readoutId) ?? null;
    const write = reduce(before, m);
    const problem = capRefusal(before?.state ?? null, write.state);
    if (problem) {
      const refused = { id: m.id, index: mutations.indexOf(m, index), ...problem };
      return refusedPlan(refused, ids.alreadyApplied.length, lastMutationId, lastSeq);
    }
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

/** The plan of a batch refused whole for one mutation's sake: nothing applied, nothing written. */
function refusedPlan<M extends MutationRef>(
  refused: NonNullable<PushOutcome['refused']>,
  skipped: number,
  lastMutationId: number,
  lastSeq: number,
): PushPlan<M> {
  return {
    outcome: { applied: 0, skipped, lastMutationId, gapExpected: null, refused },
    writes: [],
    applied: [],
    lastSeq,
  };
}
