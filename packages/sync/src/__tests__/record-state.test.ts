// mergeStates is a join: commutative, associative, idempotent; applying is merging one mutation in.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyMutation, mutationState } from '../apply';
import { emptyState, mergeStates, RecordMismatchError } from '../record-state';
import { fakeHlc, fakeMutation } from '../testing';
import { intentArb, stateArb, toMutations } from './arbitraries';

describe('mergeStates', () => {
  it('is commutative', () => {
    fc.assert(
      fc.property(stateArb(), stateArb(), (a, b) => {
        expect(mergeStates(a, b)).toEqual(mergeStates(b, a));
      }),
    );
  });

  it('is associative', () => {
    fc.assert(
      fc.property(stateArb(), stateArb(), stateArb(), (a, b, c) => {
        expect(mergeStates(mergeStates(a, b), c)).toEqual(mergeStates(a, mergeStates(b, c)));
      }),
    );
  });

  it('is idempotent, and the empty state is its identity', () => {
    fc.assert(
      fc.property(stateArb(), (a) => {
        const normal = mergeStates(a, a);
        expect(mergeStates(normal, normal)).toEqual(normal);
        expect(mergeStates(emptyState(a.id), normal)).toEqual(normal);
      }),
    );
  });

  it('serializes equal merges to equal JSON, whichever side came first', () => {
    fc.assert(
      fc.property(stateArb(), stateArb(), (a, b) => {
        expect(JSON.stringify(mergeStates(a, b))).toBe(JSON.stringify(mergeStates(b, a)));
      }),
    );
  });

  it('refuses to merge two different readouts', () => {
    expect(() => mergeStates(emptyState('a'), emptyState('b'))).toThrow(RecordMismatchError);
  });

  it('keeps a __proto__ tag (refused on the wire) from touching object prototypes', () => {
    const state = applyMutation(null, fakeMutation('setTags', { add: ['__proto__'] }));
    const merged = mergeStates(state, emptyState(state.id));
    expect(Object.keys(merged.tags)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(merged.tags)).toBe(Object.prototype);
  });
});

describe('applyMutation', () => {
  it('changes nothing when a mutation is applied a second time', () => {
    fc.assert(
      fc.property(stateArb('r1'), intentArb, (state, intent) => {
        const [mutation] = toMutations('c1', [{ ...intent, readoutId: 'r1', ...readoutFor(intent) }]);
        const once = applyMutation(state, mutation!);
        expect(applyMutation(once, mutation!)).toEqual(once);
      }),
    );
  });

  it('equals merging the state the mutation alone produces', () => {
    const mutation = fakeMutation('setNote');
    expect(applyMutation(null, mutation)).toEqual(mutationState(mutation));
  });

  it('treats a setTags naming no tag (refused on the wire) as no edit at all', () => {
    const deleted = applyMutation(applyMutation(null, fakeMutation('capture')), fakeMutation('delete'));
    const empty = fakeMutation('setTags', { add: [], remove: [], hlc: fakeHlc(99) });
    expect(applyMutation(deleted, empty)).toEqual(deleted);
  });

  it('refuses a mutation for another readout', () => {
    expect(() => applyMutation(emptyState('other'), fakeMutation('delete'))).toThrow(RecordMismatchError);
  });

  it('refuses a capture whose content is another readout', () => {
    const capture = fakeMutation('capture', { readoutId: 'a' });
    expect(() => applyMutation(null, { ...capture, readoutId: 'b' })).toThrow(RecordMismatchError);
  });
});

/** Re-targets a capture intent's content at r1, so it can be applied to an r1 state. */
function readoutFor(intent: ReturnType<typeof intentArb.generate>['value']) {
  return intent.type === 'capture' ? { readout: { ...intent.readout, id: 'r1' } } : {};
}
