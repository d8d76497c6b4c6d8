import { describe, expect, it } from 'vitest';
import { applyMutation } from '../apply';
import { materialize } from '../materialize';
import { fakeHlc, fakeMutation, fakeReadoutContent, fakeState } from '../testing';

describe('applyMutation', () => {
  it('turns a capture into a readout with empty user fields', () => {
    const capture = fakeMutation('capture');
    expect(materialize(applyMutation(null, capture))).toEqual({
      ...capture.readout,
      user: { tags: [], note: '', starred: false },
    });
  });

  it('changes nothing when the same mutation is applied again', () => {
    const once = applyMutation(null, fakeMutation('capture'));
    const note = fakeMutation('setNote', { hlc: fakeHlc(2) });
    expect(applyMutation(applyMutation(once, note), note)).toEqual(applyMutation(once, note));
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
