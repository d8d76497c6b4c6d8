// The decisions store both backends share the shape of: each user's pair and person decisions, one
// row per kind and key holding the winning decision, numbered by the user's own decision sequence
// so a device pulls what changed after its cursor (see @readouts/api's decisions router).
import type { ApiDecision, ApiDecisionStorage } from '@readouts/api';

export type StoredDecision = ApiDecision;
export type DecisionStorage = ApiDecisionStorage;

/** A row's identity within one user's decisions. */
export const rowId = (d: Pick<ApiDecision, 'kind' | 'key'>): string => `${d.kind}:${d.key}`;

/**
 * Which of `incoming` to write, given the rows held for their keys: each that wins over what is
 * held (or over an earlier one of the same batch), in batch order, and how many keys are new.
 * Pure, so both backends decide alike; they only read the held rows and write the result.
 */
export function planDecisionWrites(
  incoming: ApiDecision[],
  held: Map<string, unknown>,
  wins: Parameters<ApiDecisionStorage['mergeDecisions']>[2],
): { writes: ApiDecision[]; newKeys: number } {
  const current = new Map(held);
  const written = new Map<string, ApiDecision>();
  let newKeys = 0;
  for (const d of incoming) {
    const id = rowId(d);
    const before = current.get(id);
    if (before !== undefined && !wins(d.kind, d.value, before)) continue;
    if (before === undefined) newKeys += 1;
    current.set(id, d.value);
    written.delete(id);
    written.set(id, d);
  }
  return { writes: [...written.values()], newKeys };
}
