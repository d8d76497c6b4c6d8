// The server's push bookkeeping: which mutations of a batch are new, which were applied before
// (a retried push), and whether the ids skip ahead of what the client has sent so far.
import type { MutationGapError } from '@readouts/schema';

/** What to do with a pushed batch, given the client's last applied mutation id. */
export interface MutationIdPlan<T> {
  /** New mutations, in id order, with consecutive ids from `lastApplied + 1`: apply these. */
  toApply: T[];
  /** Mutations applied before (or repeated within the batch): skip these. */
  alreadyApplied: T[];
  /** The client's last applied id once `toApply` is applied. */
  lastMutationId: number;
  /**
   * Set when an id skipped ahead. Apply `toApply` first (each atomically with its id), then answer
   * with this error: `expected` is then exactly the next id the server will accept.
   */
  gap: MutationGapError | null;
}

/**
 * Sorts a batch into new, already applied and a possible gap. Pure: the caller records the ids.
 * @example
 * checkMutationIds(3, [{ id: 2 }, { id: 3 }, { id: 4 }]);
 * // { toApply: [{ id: 4 }], alreadyApplied: [{ id: 2 }, { id: 3 }], lastMutationId: 4, gap: null }
 */
export function checkMutationIds<T extends { readonly id: number }>(
  lastApplied: number,
  mutations: readonly T[],
): MutationIdPlan<T> {
  const toApply: T[] = [];
  const alreadyApplied: T[] = [];
  let last = lastApplied;
  for (const mutation of mutations) {
    if (mutation.id <= last) {
      alreadyApplied.push(mutation);
    } else if (mutation.id === last + 1) {
      toApply.push(mutation);
      last = mutation.id;
    } else {
      return {
        toApply,
        alreadyApplied,
        lastMutationId: last,
        gap: { code: 'MUTATION_GAP', expected: last + 1 },
      };
    }
  }
  return { toApply, alreadyApplied, lastMutationId: last, gap: null };
}
