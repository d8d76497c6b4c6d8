// Test-data factories for sync: readout contents and mutations, for this package's tests and for
// the server's and extension's (import from '@readouts/sync/testing').
import type { Mutation, ReadoutContent, RecordState } from '@readouts/schema';
import { fakeReadoutContent } from '@readouts/schema/testing';
import { applyMutation } from './apply';
import { formatHlc } from './hlc';
import { emptyState } from './record-state';

export { fakeReadoutContent };

/** An hlc at `wallMs` (a small number reads well in tests) from node `nodeId`. */
export function fakeHlc(wallMs: number, nodeId = 'c1', counter = 0): string {
  return formatHlc({ wallMs, counter, nodeId });
}

type MutationOf<K extends Mutation['type']> = Extract<Mutation, { type: K }>;
type Fields<K extends Mutation['type']> = Omit<MutationOf<K>, 'type' | 'id' | 'readoutId' | 'hlc'>;
type Common = Partial<Pick<Mutation, 'id' | 'readoutId' | 'hlc'>>;

const defaults: { [K in Mutation['type']]: () => Fields<K> } = {
  capture: () => ({ readout: fakeReadoutContent() }),
  setTags: () => ({ add: ['g7'], remove: [] }),
  setNote: () => ({ note: 'Follow up on the maritime security point.' }),
  setStarred: () => ({ starred: true }),
  delete: () => ({}),
  correct: () => ({ fields: { date: { value: '2019-11-21', base: '2019-11-22' } } }),
  merge: () => ({ state: emptyState('press-release-press4e_002699') }),
};

/**
 * A valid mutation of the given type. A capture's readout takes `readoutId`, and a capture given
 * only a readout takes its id as `readoutId`; a merge's default state is of `readoutId`.
 * @example fakeMutation('setNote', { note: 'hi', hlc: fakeHlc(5) })
 */
export function fakeMutation<K extends Mutation['type']>(
  type: K,
  overrides: Common & Partial<Fields<K>> = {},
): MutationOf<K> {
  const given = 'readout' in overrides ? (overrides.readout as ReadoutContent) : undefined;
  const readoutId = overrides.readoutId ?? given?.id ?? 'press-release-press4e_002699';
  const base = { ...defaults[type](), id: 1, readoutId, hlc: fakeHlc(1), ...overrides, type };
  if (type === 'capture' && !given) {
    return { ...base, readout: fakeReadoutContent({ id: readoutId }) } as MutationOf<K>;
  }
  if (type === 'merge' && !('state' in overrides)) {
    // A state with a capture and a tag, of the mutation's own readout.
    const capture = fakeMutation('capture', { readoutId, hlc: fakeHlc(1, 'other') });
    const state = applyMutation(applyMutation(null, capture), fakeMutation('setTags', { readoutId }));
    return { ...base, state } as MutationOf<K>;
  }
  return base as MutationOf<K>;
}

/** The state of the readout the mutations are about, after all of them (no mutations: empty). */
export function fakeState(...mutations: Mutation[]): RecordState {
  return (
    mutations.reduce<RecordState | null>(applyMutation, null) ?? emptyState('press-release-press4e_002699')
  );
}
