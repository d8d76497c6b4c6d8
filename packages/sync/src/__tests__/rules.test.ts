// The conflict rules, one example each: what a replica shows after two concurrent edits, whichever
// order they arrive in.
import type { Mutation } from '@readouts/schema';
import { describe, expect, it } from 'vitest';
import { applyMutation, applyMutations } from '../apply';
import { latestHlc, materialize } from '../materialize';
import { mergeStates } from '../record-state';
import { fakeHlc, fakeMutation, fakeReadoutContent } from '../testing';

const ID = 'press-release-press4e_002699';

/** The readout after `mutations`, checked to be the same whichever order they arrive in. */
function after(...mutations: Mutation[]) {
  const forward = materialize(applyMutations(new Map(), mutations).get(ID)!);
  const backward = materialize(applyMutations(new Map(), [...mutations].reverse()).get(ID)!);
  expect(backward).toEqual(forward);
  return forward;
}

const capturedAt = (at: string, contentHash = 'abc', title = 'Meeting') => {
  const base = fakeReadoutContent({ title });
  return fakeMutation('capture', {
    hlc: fakeHlc(1),
    readout: { ...base, capture: { ...base.capture, capturedAt: at, contentHash } },
  });
};

describe('page content', () => {
  it('keeps the latest capture by capturedAt, whatever the hlc order', () => {
    const newer = { ...capturedAt('2026-03-01T00:00:00Z', 'new', 'New'), hlc: fakeHlc(1, 'c1') };
    const older = { ...capturedAt('2026-02-01T00:00:00Z', 'old', 'Old'), hlc: fakeHlc(9, 'c2') };
    expect(after(newer, older)?.title).toBe('New');
  });

  it('compares capturedAt as instants, not as strings', () => {
    // 08:00 in Tokyo is 23:00 UTC the day before: earlier, though it sorts later as a string.
    const tokyo = capturedAt('2026-03-01T08:00:00+09:00', 'x', 'Tokyo');
    const utc = capturedAt('2026-03-01T00:00:00Z', 'x', 'Utc');
    expect(after(tokyo, utc)?.title).toBe('Utc');
  });

  it('breaks a capturedAt tie by the greater contentHash', () => {
    const a = capturedAt('2026-03-01T00:00:00Z', 'aaa', 'A');
    const b = capturedAt('2026-03-01T00:00:00Z', 'bbb', 'B');
    expect(after(a, b)?.title).toBe('B');
  });
});

describe('tags', () => {
  const tags = (hlc: number, node: string, add: string[], remove: string[] = []) =>
    fakeMutation('setTags', { hlc: fakeHlc(hlc, node), add, remove });

  it('merges tags added on different devices, in the order they were added', () => {
    expect(
      after(fakeMutation('capture'), tags(2, 'c1', ['g7']), tags(3, 'c2', ['asean']))?.user.tags,
    ).toEqual(['g7', 'asean']);
    expect(
      after(fakeMutation('capture'), tags(3, 'c1', ['g7']), tags(2, 'c2', ['asean']))?.user.tags,
    ).toEqual(['asean', 'g7']);
  });

  it('treats tags differing in case or width as one, shown in the latest add’s spelling', () => {
    const steps = [tags(2, 'c1', ['Quad', 'FOIP']), tags(3, 'c2', ['ＱＵＡＤ'])];
    const state = steps.reduce(applyMutation, applyMutation(null, fakeMutation('capture')));
    expect(Object.keys(state.tags)).toEqual(['foip', 'quad']);
    expect(materialize(state)?.user.tags).toEqual(['FOIP', 'ＱＵＡＤ']);
    const removed = applyMutation(state, tags(4, 'c1', [], ['quad']));
    expect(materialize(removed)?.user.tags).toEqual(['FOIP']);
  });

  it('keeps the order tags were typed in one edit', () => {
    expect(after(fakeMutation('capture'), tags(2, 'c1', ['zeta', 'alpha', 'mu']))?.user.tags).toEqual([
      'zeta',
      'alpha',
      'mu',
    ]);
  });

  it('folds a state keyed by spelling (schema version 3) into one tag per key', () => {
    const old = {
      ...applyMutation(null, fakeMutation('capture')),
      tags: {
        Quad: { added: fakeHlc(2, 'c1'), removed: null },
        quad: { added: fakeHlc(3, 'c2'), removed: null },
      },
    };
    const merged = mergeStates(old, old);
    expect(Object.keys(merged.tags)).toEqual(['quad']);
    expect(merged.tags.quad?.label?.value).toBe('quad');
    expect(materialize(old)?.user.tags).toEqual(['quad']);
    expect(mergeStates(merged, old)).toEqual(merged);
  });

  it('lets the later of a concurrent add and remove of one tag win', () => {
    expect(
      after(fakeMutation('capture'), tags(2, 'c1', ['g7']), tags(3, 'c2', [], ['g7']))?.user.tags,
    ).toEqual([]);
    expect(
      after(fakeMutation('capture'), tags(3, 'c1', ['g7']), tags(2, 'c2', [], ['g7']))?.user.tags,
    ).toEqual(['g7']);
  });

  it('lets a tag be added again after it was removed', () => {
    const steps = [tags(2, 'c1', ['g7']), tags(3, 'c1', [], ['g7']), tags(4, 'c2', ['g7'])];
    expect(after(fakeMutation('capture'), ...steps)?.user.tags).toEqual(['g7']);
  });
});

describe('note and starred', () => {
  it('keeps the last written note by hlc', () => {
    const first = fakeMutation('setNote', { hlc: fakeHlc(5, 'c2'), note: 'first' });
    const last = fakeMutation('setNote', { hlc: fakeHlc(5, 'c2', 1), note: 'last' });
    expect(after(fakeMutation('capture'), last, first)?.user.note).toBe('last');
  });

  it('orders equal wall times by node id, the same on every replica', () => {
    const c1 = fakeMutation('setStarred', { hlc: fakeHlc(5, 'c1'), starred: true });
    const c2 = fakeMutation('setStarred', { hlc: fakeHlc(5, 'c2'), starred: false });
    expect(after(fakeMutation('capture'), c1, c2)?.user.starred).toBe(false);
  });
});

describe('delete versus edit', () => {
  const capture = fakeMutation('capture', { hlc: fakeHlc(1) });
  const remove = fakeMutation('delete', { hlc: fakeHlc(10, 'c2') });

  it('hides a record deleted after every edit', () => {
    expect(after(capture, fakeMutation('setNote', { hlc: fakeHlc(9), note: 'n' }), remove)).toBeNull();
  });

  it('never revives a record with an edit older than the delete (no silent resurrection)', () => {
    for (const old of [
      fakeMutation('capture', { hlc: fakeHlc(9) }),
      fakeMutation('setTags', { hlc: fakeHlc(9), add: ['g7'] }),
      fakeMutation('setNote', { hlc: fakeHlc(9), note: 'late arrival' }),
      fakeMutation('setStarred', { hlc: fakeHlc(9), starred: true }),
    ]) {
      expect(after(capture, remove, old)).toBeNull();
    }
  });

  it('revives a record with an edit newer than the delete, keeping all merged state (no silent loss)', () => {
    const note = fakeMutation('setNote', { hlc: fakeHlc(5), note: 'before the delete' });
    const tag = fakeMutation('setTags', { hlc: fakeHlc(6), add: ['g7'] });
    for (const revive of [
      fakeMutation('capture', { hlc: fakeHlc(11) }),
      fakeMutation('setTags', { hlc: fakeHlc(11), add: ['asean'] }),
      fakeMutation('setTags', { hlc: fakeHlc(11), remove: ['trade'], add: [] }),
      fakeMutation('setStarred', { hlc: fakeHlc(11), starred: false }),
    ]) {
      const readout = after(capture, note, tag, remove, revive);
      expect(readout?.user.note).toBe('before the delete');
      expect(readout?.user.tags).toContain('g7');
    }
  });

  it('revives with a re-capture even when the earlier capture has the later capturedAt', () => {
    const recapture = { ...capturedAt('2025-01-01T00:00:00Z', 'old', 'Old page'), hlc: fakeHlc(11) };
    const readout = after(capture, remove, recapture);
    expect(readout?.title).toBe(capture.readout.title);
  });

  it('hides the record again when it is deleted after the reviving edit', () => {
    const revive = fakeMutation('setStarred', { hlc: fakeHlc(11), starred: true });
    expect(after(capture, remove, revive, fakeMutation('delete', { hlc: fakeHlc(12) }))).toBeNull();
  });

  it('lets a delete win a tie with an edit of the same hlc', () => {
    const note = fakeMutation('setNote', { hlc: remove.hlc, note: 'same instant' });
    expect(after(capture, note, remove)).toBeNull();
  });

  it('shows nothing for a record edited but never captured', () => {
    expect(after(fakeMutation('setNote', { hlc: fakeHlc(2) }))).toBeNull();
  });
});

describe('latestHlc', () => {
  it('is the latest of every edit and delete, for a client clock to receive', () => {
    const state = applyMutations(new Map(), [
      fakeMutation('capture', { hlc: fakeHlc(1) }),
      fakeMutation('setTags', { hlc: fakeHlc(7, 'c3'), add: [], remove: ['g7'] }),
      fakeMutation('delete', { hlc: fakeHlc(4) }),
    ]).get(ID)!;
    expect(latestHlc(state)).toBe(fakeHlc(7, 'c3'));
  });
});
