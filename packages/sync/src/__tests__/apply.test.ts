import { describe, expect, it } from 'vitest';
import { applyMutation } from '../apply';
import { materialize } from '../materialize';
import { fakeHlc, fakeMutation } from '../testing';

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
