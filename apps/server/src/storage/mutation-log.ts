// The per-record log of applied mutations behind `Storage.history`: what each push applied, when,
// from which client and device, kept to the newest `HISTORY_KEEP` entries of each record.
import type { PushPlan } from './plan-push';
import type { HistoryEntry, MutationDescriber, MutationRef } from './types';

/**
 * Entries kept per record. The log answers "what happened to this readout lately", not an audit
 * trail: a bound keeps a record edited every day for years from growing its log without limit.
 */
export const HISTORY_KEEP = 200;

/** One log row as both backends write it. */
export interface LogRow {
  readoutId: string;
  seq: number;
  type: string;
  /** `JSON.stringify` of the description's detail: plain ASCII-safe text (NUL and lone surrogates escaped). */
  detail: string;
}

/** Without a describer, the mutation's own `type` (if it has one) and no detail. */
const describeByType = (m: MutationRef) => {
  const type = (m as { type?: unknown }).type;
  return { type: typeof type === 'string' ? type : 'unknown', detail: null };
};

/** The log rows of a push plan's applied mutations, in the order they were applied. */
export function logRows<M extends MutationRef>(
  plan: PushPlan<M>,
  describe: MutationDescriber<M> | undefined,
): LogRow[] {
  return plan.applied.map(({ mutation, seq }) => {
    const { type, detail } = (describe ?? describeByType)(mutation);
    return { readoutId: mutation.readoutId, seq, type, detail: JSON.stringify(detail ?? null) };
  });
}

/** A stored log row (joined with its token's device name) as a history entry. */
export function historyEntry(row: {
  seq: number;
  applied_at: string;
  client_id: string;
  device: string | null;
  type: string;
  detail: string;
}): HistoryEntry {
  return {
    seq: row.seq,
    appliedAt: row.applied_at,
    clientId: row.client_id,
    device: row.device ?? null,
    type: row.type,
    detail: JSON.parse(row.detail) as unknown,
  };
}
