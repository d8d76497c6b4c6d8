import { describe, expect, it } from 'vitest';
import { applyMutation } from '../apply';
import { materialize } from '../materialize';
import { mergeStates, RecordMismatchError } from '../record-state';
import { fakeHlc, fakeMutation, fakeReadoutContent, fakeState } from '../testing';

describe('applyMutation', () => {
  it('turns a capture into a readout with empty user fields', () => {
    const capture = fakeMutation('capture');
    expect(materialize(applyMutation(null, capture))).toEqual({
      ...capture.readout,
      user: { tags: [], note: '', starred: false },
      corrected: [],
      extracted: {},
      pageChanged: [],
    });
  });

  it('changes nothing when the same mutation is applied again', () => {
    const once = applyMutation(null, fakeMutation('capture'));
    const note = fakeMutation('setNote', { hlc: fakeHlc(2) });
    expect(applyMutation(applyMutation(once, note), note)).toEqual(applyMutation(once, note));
  });
});

describe('a merge mutation', () => {
  it('merges its whole state in, as pulling that state would', () => {
    const local = fakeState(fakeMutation('capture'), fakeMutation('setNote', { hlc: fakeHlc(3) }));
    const merge = fakeMutation('merge', { hlc: fakeHlc(9) });
    expect(applyMutation(local, merge)).toEqual(mergeStates(local, merge.state));
    expect(materialize(applyMutation(local, merge))?.user).toMatchObject({
      tags: ['g7'],
      note: expect.any(String),
    });
  });

  it('changes nothing when the state is already there', () => {
    const merge = fakeMutation('merge');
    expect(applyMutation(merge.state, merge)).toEqual(merge.state);
  });

  it("refuses another readout's state", () => {
    const merge = fakeMutation('merge', { readoutId: 'one' });
    expect(() => applyMutation(null, { ...merge, readoutId: 'two' })).toThrow(RecordMismatchError);
  });
});

describe('test factories', () => {
  it('give a capture built from a readout that readout’s id', () => {
    const capture = fakeMutation('capture', { readout: fakeReadoutContent({ id: 'other' }) });
    expect(capture.readoutId).toBe('other');
    expect(materialize(fakeState(capture))?.id).toBe('other');
  });

  it('fold mutations into a state', () => {
    const state = fakeState(fakeMutation('capture'), fakeMutation('setStarred', { hlc: fakeHlc(2) }));
    expect(materialize(state)?.user.starred).toBe(true);
  });
});
