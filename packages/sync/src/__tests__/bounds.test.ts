// checkMutationBounds: the one check every mutation type passes before a server applies it.
import { describe, expect, it } from 'vitest';
import { applyMutation } from '../apply';
import { checkMutationBounds, tagCapProblem } from '../bounds';
import { DEFAULT_MAX_DRIFT_MS, formatHlc } from '../hlc';
import { emptyState } from '../record-state';
import { fakeHlc, fakeMutation, fakeReadoutContent } from '../testing';

const now = 1_800_000_000_000;
const ahead = formatHlc({ wallMs: now + DEFAULT_MAX_DRIFT_MS + 1, counter: 0, nodeId: 'x' });
const edge = formatHlc({ wallMs: now + DEFAULT_MAX_DRIFT_MS, counter: 0, nodeId: 'x' });
const readoutId = 'press-release-press4e_002699';

describe('checkMutationBounds', () => {
  it('bounds the own hlc of every mutation type alike', () => {
    for (const type of ['capture', 'setTags', 'setNote', 'setStarred', 'delete', 'merge'] as const) {
      expect(checkMutationBounds(fakeMutation(type, { hlc: ahead }), now)?.path).toBe('hlc');
      expect(checkMutationBounds(fakeMutation(type, { hlc: edge }), now)).toBeNull();
    }
  });

  it('bounds every stamp inside a merged state', () => {
    const base = emptyState(readoutId);
    const states = {
      'state.captured': { ...base, captured: ahead },
      'state.deleted': { ...base, deleted: ahead },
      'state.note.hlc': { ...base, note: { value: 'x', hlc: ahead } },
      'state.note.conflicts.0.hlc': {
        ...base,
        note: { value: 'x', hlc: fakeHlc(2), conflicts: [{ value: 'y', hlc: ahead }] },
      },
      'state.starred.hlc': { ...base, starred: { value: true, hlc: ahead } },
      'state.tags."g7".added': { ...base, tags: { g7: { added: ahead, removed: null } } },
      'state.tags."g7".removed': { ...base, tags: { g7: { added: fakeHlc(1), removed: ahead } } },
    };
    for (const [path, state] of Object.entries(states)) {
      expect(checkMutationBounds(fakeMutation('merge', { state }), now)?.path).toBe(path);
    }
  });

  it('bounds capturedAt of a capture and of a merged content', () => {
    const content = fakeReadoutContent({ id: readoutId });
    content.capture = {
      ...content.capture,
      capturedAt: new Date(now + DEFAULT_MAX_DRIFT_MS + 1).toISOString(),
    };
    expect(checkMutationBounds(fakeMutation('capture', { readout: content }), now)?.path).toBe(
      'readout.capture.capturedAt',
    );
    const state = { ...emptyState(readoutId), content };
    expect(checkMutationBounds(fakeMutation('merge', { state }), now)?.path).toBe(
      'state.content.capture.capturedAt',
    );
    content.capture = { ...content.capture, capturedAt: new Date(now).toISOString() };
    expect(checkMutationBounds(fakeMutation('capture', { readout: content }), now)).toBeNull();
  });

  it('caps a merged state at 200 present tags and 1000 entries', () => {
    const tags = (n: number, removed: string | null = null) =>
      Object.fromEntries(Array.from({ length: n }, (_, i) => [`t${i}`, { added: fakeHlc(1), removed }]));
    const merge = (t: Record<string, { added: string | null; removed: string | null }>) =>
      checkMutationBounds(fakeMutation('merge', { state: { ...emptyState(readoutId), tags: t } }), now);
    expect(merge(tags(200))).toBeNull();
    expect(merge(tags(201))?.path).toBe('state.tags');
    expect(merge(tags(1000, fakeHlc(2)))).toBeNull();
    expect(merge(tags(1001, fakeHlc(2)))?.path).toBe('state.tags');
  });

  it('catches the cap that many setTags reach one by one, each valid alone', () => {
    let state = emptyState(readoutId);
    let problem = null;
    let applied = 0;
    for (let batch = 0; batch < 3 && problem === null; batch++) {
      const add = Array.from({ length: 90 }, (_, i) => `b${batch}-${i}`);
      const mutation = fakeMutation('setTags', { hlc: fakeHlc(10 + batch), add, remove: [] });
      expect(checkMutationBounds(mutation, now)).toBeNull();
      state = applyMutation(state, mutation);
      problem = tagCapProblem(state);
      if (problem === null) applied++;
    }
    expect(applied).toBe(2);
    expect(problem).toEqual({ path: 'tags', message: expect.stringContaining('270 present tags') });
  });

  it('counts removed tags towards the entry cap', () => {
    let state = emptyState(readoutId);
    for (let round = 0; round < 6; round++) {
      const tags = Array.from({ length: 180 }, (_, i) => `r${round}-${i}`);
      state = applyMutation(
        state,
        fakeMutation('setTags', { hlc: fakeHlc(20 + 2 * round), add: tags, remove: [] }),
      );
      state = applyMutation(
        state,
        fakeMutation('setTags', { hlc: fakeHlc(21 + 2 * round), add: [], remove: tags }),
      );
    }
    expect(Object.keys(state.tags)).toHaveLength(1080);
    expect(tagCapProblem(state)?.message).toContain('at most 1000');
  });
});
