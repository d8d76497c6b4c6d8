// Applying a mutation: turn it into the state it alone would produce, then merge that in. Applying
// is therefore a join too: idempotent, and the order mutations arrive in does not matter.
import type { CorrectionRegister, Corrections, Mutation, RecordState, TagState } from '@readouts/schema';
import { CorrectableField, cleanTag, tagKey } from '@readouts/schema';
import { emptyState, mergeStates, RecordMismatchError } from './record-state';

/** The state a single mutation produces on a readout nothing else has happened to. */
export function mutationState(mutation: Mutation): RecordState {
  const state = emptyState(mutation.readoutId);
  switch (mutation.type) {
    case 'capture':
      if (mutation.readout.id !== mutation.readoutId) {
        throw new RecordMismatchError(`capture of ${mutation.readout.id} sent for ${mutation.readoutId}`);
      }
      return { ...state, content: mutation.readout, captured: mutation.hlc };
    case 'setTags': {
      // Keyed by tagKey: "Quad" and "quad" are one tag; an add carries its spelling as the label.
      const tags = new Map<string, TagState>();
      mutation.add.forEach((tag, index) => {
        const label = { value: cleanTag(tag), hlc: mutation.hlc, index };
        tags.set(tagKey(tag), { added: mutation.hlc, removed: null, label });
      });
      // A tag in both lists (the schema forbids it) ends removed: removal wins hlc ties.
      for (const tag of mutation.remove) {
        const key = tagKey(tag);
        tags.set(key, { ...tags.get(key), added: tags.get(key)?.added ?? null, removed: mutation.hlc });
      }
      return { ...state, tags: Object.fromEntries([...tags].sort(([x], [y]) => (x < y ? -1 : 1))) };
    }
    case 'setNote':
      return {
        ...state,
        note: {
          value: mutation.note,
          hlc: mutation.hlc,
          ...(mutation.base !== undefined ? { base: mutation.base } : {}),
        },
      };
    case 'setStarred':
      return { ...state, starred: { value: mutation.starred, hlc: mutation.hlc } };
    case 'delete':
      return { ...state, deleted: mutation.hlc };
    case 'correct': {
      const corrections: Corrections = {};
      for (const field of CorrectableField.options) {
        const change = mutation.fields[field];
        if (change === undefined) continue;
        const register: CorrectionRegister =
          change === null
            ? { reverted: true as const, hlc: mutation.hlc }
            : ({
                reverted: false,
                value: change.value,
                base: change.base,
                hlc: mutation.hlc,
              } as CorrectionRegister);
        (corrections as Record<string, CorrectionRegister>)[field] = register;
      }
      return { ...state, corrections };
    }
    case 'merge':
      if (mutation.state.id !== mutation.readoutId) {
        throw new RecordMismatchError(`state of ${mutation.state.id} sent for ${mutation.readoutId}`);
      }
      return mutation.state;
  }
}

/**
 * Applies one mutation to a readout's state (`null`: the readout is new here). Pure; the same
 * mutation applied twice changes nothing the second time.
 * @example
 * let state = applyMutation(null, capture);
 * state = applyMutation(state, { type: 'setStarred', starred: true, id: 2, readoutId, hlc });
 */
export function applyMutation(state: RecordState | null, mutation: Mutation): RecordState {
  const current = state ?? emptyState(mutation.readoutId);
  if (current.id !== mutation.readoutId) {
    throw new RecordMismatchError(`mutation for ${mutation.readoutId} applied to ${current.id}`);
  }
  return mergeStates(current, mutationState(mutation));
}

/** Applies mutations in order, each to its own readout's state; returns a new map of all states. */
export function applyMutations(
  states: ReadonlyMap<string, RecordState>,
  mutations: readonly Mutation[],
): Map<string, RecordState> {
  const next = new Map(states);
  for (const mutation of mutations) {
    next.set(mutation.readoutId, applyMutation(next.get(mutation.readoutId) ?? null, mutation));
  }
  return next;
}
