import { describe, expect, it } from 'vitest';
import { Hlc, MAX_PUSH_BATCH, Mutation, PullRequest, PullResponse, PushRequest, RecordState } from '../sync';
import { fakeReadoutContent } from '../testing';

const hlc = '001764201600000-00000-c1';
const content = fakeReadoutContent();
const capture = { type: 'capture', id: 1, readoutId: content.id, hlc, readout: content } as const;

describe('Hlc', () => {
  it('accepts the padded encoding and rejects others', () => {
    expect(Hlc.safeParse(hlc).success).toBe(true);
    for (const bad of ['1764201600000-0-c1', '001764201600000-00000-', '001764201600000-00000-a b']) {
      expect(Hlc.safeParse(bad).success).toBe(false);
    }
  });
});

/** A record state with content, a tag and a note, as a merge mutation carries it. */
const mergedState = () => ({
  id: content.id,
  content,
  captured: hlc,
  tags: { g7: { added: hlc, removed: null } },
  note: { value: 'x', hlc },
  starred: null,
  corrections: {},
  deleted: null,
});

describe('Mutation', () => {
  it('accepts each type', () => {
    const base = { id: 2, readoutId: content.id, hlc };
    for (const m of [
      capture,
      { ...base, type: 'setTags', add: ['g7'], remove: ['asean'] },
      { ...base, type: 'setNote', note: 'x' },
      { ...base, type: 'setStarred', starred: true },
      { ...base, type: 'delete' },
      { ...base, type: 'merge', state: mergedState() },
    ]) {
      expect(Mutation.parse(m)).toEqual(m);
    }
  });

  it('rejects a capture whose readout is another record', () => {
    expect(Mutation.safeParse({ ...capture, readoutId: 'other' }).success).toBe(false);
  });

  it('rejects a merge whose state is another record', () => {
    const merge = { id: 2, readoutId: 'other', hlc, type: 'merge', state: mergedState() };
    const result = Mutation.safeParse(merge);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['state', 'id']);
  });

  it('rejects a tag both added and removed, and a non-positive id', () => {
    const base = { id: 1, readoutId: content.id, hlc, type: 'setTags' };
    expect(Mutation.safeParse({ ...base, add: ['a'], remove: ['a'] }).success).toBe(false);
    expect(Mutation.safeParse({ ...base, id: 0, add: ['a'], remove: [] }).success).toBe(false);
    expect(Mutation.safeParse({ ...base, add: [], remove: [] }).success).toBe(false);
  });

  it('rejects the tag name __proto__, which JSON objects cannot key on', () => {
    const base = { id: 1, readoutId: content.id, hlc, type: 'setTags', remove: [] };
    expect(Mutation.safeParse({ ...base, add: ['__proto__'] }).success).toBe(false);
    expect(Mutation.safeParse({ ...base, add: ['constructor'] }).success).toBe(true);
  });
});

describe('PushRequest', () => {
  it('takes 1 to MAX_PUSH_BATCH mutations', () => {
    const push = (n: number) => ({ clientId: 'c1', mutations: Array.from({ length: n }, () => capture) });
    expect(PushRequest.safeParse(push(0)).success).toBe(false);
    expect(PushRequest.safeParse(push(MAX_PUSH_BATCH)).success).toBe(true);
    expect(PushRequest.safeParse(push(MAX_PUSH_BATCH + 1)).success).toBe(false);
  });
});

describe('pull', () => {
  it('defaults the limit to 200 and bounds it', () => {
    expect(PullRequest.parse({ cursor: null }).limit).toBe(200);
    expect(PullRequest.safeParse({ cursor: 'x', limit: 1001 }).success).toBe(false);
  });

  it('round-trips a tombstone through JSON', () => {
    const tombstone = {
      id: content.id,
      content,
      captured: hlc,
      tags: { g7: { added: hlc, removed: null } },
      note: { value: 'n', hlc },
      starred: null,
      corrections: {},
      deleted: '001764201600001-00000-c2',
    };
    const response = { changes: [tombstone], cursor: '42', hasMore: false, lastMutationId: 3 };
    expect(PullResponse.parse(JSON.parse(JSON.stringify(response)))).toEqual(response);
    expect(RecordState.parse(tombstone)).toEqual(tombstone);
  });
});
