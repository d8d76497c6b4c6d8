// What the rules produce is valid on the wire, and survives JSON unchanged.
import { isDeepStrictEqual } from 'node:util';
import { Mutation, Readout, RecordState } from '@readouts/schema';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyMutations } from '../apply';
import { materialize } from '../materialize';
import { mergeStates, sameState } from '../record-state';
import { fakeMutation } from '../testing';
import { clientsArb, stateArb } from './arbitraries';

const viaJson = <T>(value: T): unknown => JSON.parse(JSON.stringify(value));

describe('on the wire', () => {
  it('every factory mutation is a valid Mutation', () => {
    for (const type of ['capture', 'setTags', 'setNote', 'setStarred', 'delete'] as const) {
      expect(Mutation.parse(viaJson(fakeMutation(type)))).toEqual(fakeMutation(type));
    }
  });

  it('generated mutations are valid, and so are the states and readouts they produce', () => {
    fc.assert(
      fc.property(clientsArb, (clients) => {
        for (const mutation of clients.flat())
          expect(Mutation.safeParse(viaJson(mutation)).success).toBe(true);
        for (const state of applyMutations(new Map(), clients.flat()).values()) {
          expect(RecordState.parse(viaJson(state))).toEqual(state);
          const readout = materialize(state);
          if (readout) expect(Readout.parse(viaJson(readout))).toEqual(readout);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('a state sent through JSON and the schema merges exactly like the original', () => {
    fc.assert(
      fc.property(stateArb(), stateArb(), (a, b) => {
        const received = RecordState.parse(viaJson(b));
        expect(sameState(mergeStates(a, received), mergeStates(a, b))).toBe(true);
      }),
    );
  });

  it('keeps a tag named like an Object.prototype member through JSON and the schema', () => {
    const [state] = applyMutations(new Map(), [fakeMutation('setTags', { add: ['constructor'] })]).values();
    const parsed = RecordState.parse(viaJson(state));
    expect(Object.keys(parsed.tags)).toEqual(['constructor']);
    expect(
      materialize(mergeStates(parsed, applyMutations(new Map(), [fakeMutation('capture')]).get(parsed.id)!))
        ?.user.tags,
    ).toEqual(['constructor']);
  });
});

describe('sameState', () => {
  it('ignores key order but not values', () => {
    fc.assert(
      fc.property(stateArb(), stateArb(), (a, b) => {
        const reordered = Object.fromEntries(Object.entries(a).reverse()) as typeof a;
        expect(sameState(a, reordered)).toBe(true);
        expect(sameState(a, b)).toBe(isDeepStrictEqual(viaJson(a), viaJson(b)));
      }),
    );
  });
});
