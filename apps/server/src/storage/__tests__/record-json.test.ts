// recordJson must give exactly JSON.stringify's text, whatever the shapes of state and readout.
import { applyMutation, materialize } from '@readouts/sync';
import { fakeReadoutContent } from '@readouts/sync/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recordJson } from '../record-json';
import type { RecordWrite } from '../types';

const plainly = (write: RecordWrite) => ({
  state: JSON.stringify(write.state),
  readout: write.readout ? JSON.stringify(write.readout) : null,
});

describe('recordJson', () => {
  it('matches JSON.stringify for states the reducer produces', () => {
    const readout = fakeReadoutContent({ id: 'r1', title: '日米首脳会談 "quoted"' });
    const hlc = '001700000000000-00000-c1';
    let state = applyMutation(null, { id: 1, readoutId: 'r1', hlc, type: 'capture', readout });
    const writes: RecordWrite[] = [{ state, readout: materialize(state) }];
    state = applyMutation(state, {
      id: 2,
      readoutId: 'r1',
      hlc: hlc.replace('00000-', '00001-'),
      type: 'setTags',
      add: ['x'],
      remove: [],
    });
    writes.push({ state, readout: materialize(state) });
    state = applyMutation(state, {
      id: 3,
      readoutId: 'r1',
      hlc: hlc.replace('00000-', '00002-'),
      type: 'delete',
    });
    writes.push({ state, readout: materialize(state) });
    expect(writes.at(-1)!.readout).toBeNull();
    for (const write of writes) expect(recordJson(write)).toEqual(plainly(write));
  });

  it('matches JSON.stringify for odd shapes', () => {
    const content = { id: 'x', user: 'own', n: undefined, 0: 'zero' };
    const cases: RecordWrite[] = [
      { state: { id: 'x', content: { ...content }, f: () => 1 }, readout: null },
      { state: { content }, readout: { ...content, user: { tags: [] } } as never },
      { state: { content: { a: 1 } }, readout: { a: 1, user: undefined } as never },
      { state: { content: { a: 1 } }, readout: { a: 2, user: {} } as never },
      { state: { content: { n: undefined } }, readout: { n: undefined, user: {} } as never },
      { state: { content: { toJSON: () => 'j' } }, readout: null },
      { state: [1, 2], readout: null },
      { state: { content: null, sym: Symbol('s') }, readout: null },
    ];
    for (const write of cases) expect(recordJson(write)).toEqual(plainly(write));
    fc.assert(
      fc.property(fc.object(), fc.object(), fc.object(), (extra, inner, user) => {
        const state = { ...extra, content: inner };
        const write = { state, readout: { ...inner, user } as never };
        expect(recordJson(write)).toEqual(plainly(write));
      }),
    );
  });
});
