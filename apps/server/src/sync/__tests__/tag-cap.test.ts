// Issue 9, finding 7 on every push path: a pushed setTags or merge that would leave its record
// over the tag caps is refused for good (the batch applies nothing and names the mutation, so a
// device sets it aside and goes on), through tRPC, REST edits and storage alike.
import type { Mutation, RecordState, TagState } from '@readouts/schema';
import { MAX_RECORD_TAG_ENTRIES, MAX_RECORD_TAGS } from '@readouts/sync';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../__tests__/helpers/app';
import { backends } from '../../__tests__/helpers/backends';
import { captureOf, nextHlc } from '../../__tests__/helpers/factories';
import { applyToRecord } from '../reducer';

const id = 'cap-1';
const tagNames = (from: number, count: number, prefix = 't') =>
  Array.from({ length: count }, (_, i) => `${prefix}${from + i}`);
const setTags = (mid: number, add: string[], remove: string[] = []): Mutation => ({
  id: mid,
  readoutId: id,
  hlc: nextHlc(),
  type: 'setTags',
  add,
  remove,
});

describe.each(backends)('tag cap on pushes on $name', (backend) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await startTestApp(backend);
  });
  afterEach(() => t.stop());

  const client = () => t.trpc(t.alice.token);
  const tagsOnServer = async () => (await client().readouts.get.query({ id })).user.tags;

  it('refuses setTags that would take a readout past 200 present tags, naming it; nothing applied', async () => {
    await client().sync.push.mutate({
      clientId: 'c1',
      mutations: [captureOf(1, { id }), setTags(2, tagNames(0, 150))],
    });
    const error = await client()
      .sync.push.mutate({
        clientId: 'c1',
        mutations: [
          { id: 3, readoutId: id, hlc: nextHlc(), type: 'setNote', note: 'before' },
          setTags(4, tagNames(150, MAX_RECORD_TAGS - 150 + 1)),
        ],
      })
      .catch((e) => e);
    expect(error.data?.httpStatus).toBe(400);
    expect(error.data.refused).toEqual({ code: 'MUTATION_REFUSED', id: 4, path: 'mutations.1.tags' });
    expect(error.message).toContain(`at most ${MAX_RECORD_TAGS}`);
    // The batch applied nothing (the note in front of it neither), and the client goes on from 3.
    const record = await client().readouts.get.query({ id });
    expect(record.user.tags).toHaveLength(150);
    expect(record.user.note).toBe('');
    expect(await t.storage.lastMutationId(t.alice.id, 'c1')).toBe(2);
    const next = await client().sync.push.mutate({
      clientId: 'c1',
      mutations: [
        { id: 3, readoutId: id, hlc: nextHlc(), type: 'setNote', note: 'after' },
        setTags(4, tagNames(150, MAX_RECORD_TAGS - 150)),
      ],
    });
    expect(next.lastMutationId).toBe(4);
    expect(await tagsOnServer()).toHaveLength(MAX_RECORD_TAGS);
  });

  it('refuses a merge whose state is under the cap but together with the stored one is over it', async () => {
    const hlc = nextHlc();
    const tags = (names: string[]) =>
      Object.fromEntries(names.map((n): [string, TagState] => [n, { added: hlc, removed: null }]));
    await client().sync.push.mutate({
      clientId: 'c1',
      mutations: [captureOf(1, { id }), setTags(2, tagNames(0, 120))],
    });
    const state = (await t.storage.getRecord(t.alice.id, id))!.state as RecordState;
    const merged: RecordState = { ...state, tags: tags(tagNames(0, 120, 'm')) };
    const error = await client()
      .sync.push.mutate({
        clientId: 'c1',
        mutations: [{ id: 3, readoutId: id, hlc: nextHlc(), type: 'merge', state: merged }],
      })
      .catch((e) => e);
    expect(error.data?.refused).toEqual({ code: 'MUTATION_REFUSED', id: 3, path: 'mutations.0.tags' });
    expect(await tagsOnServer()).toHaveLength(120);
  });

  it('refuses removals that pile up tag entries past the entry cap, yet lets a record lose tags', async () => {
    await t.storage.push(
      t.alice.id,
      'c1',
      [captureOf(1, { id }), setTags(2, tagNames(0, 100))],
      applyToRecord,
    );
    // Removing tags the record never had still adds entries: 900 removals make 1,000 entries.
    let mid = 3;
    for (let from = 1000; from < 1900; from += 100) {
      const outcome = await t.storage.push(
        t.alice.id,
        'c1',
        [setTags(mid++, [], tagNames(from, 100))],
        applyToRecord,
      );
      expect(outcome.refused).toBeUndefined();
    }
    const over = await t.storage.push(t.alice.id, 'c1', [setTags(mid, [], ['one-more'])], applyToRecord);
    expect(over).toMatchObject({ applied: 0, refused: { id: mid, index: 0, path: 'tags' } });
    expect(over.refused?.message).toContain(`at most ${MAX_RECORD_TAG_ENTRIES}`);
    // Removing a present tag adds no entry and is applied.
    const removal = await t.storage.push(t.alice.id, 'c1', [setTags(mid, [], ['t0'])], applyToRecord);
    expect(removal).toMatchObject({ applied: 1, lastMutationId: mid });
    expect(await tagsOnServer()).toHaveLength(99);
  });

  it('answers a REST tag edit over the cap with 400 and changes nothing', async () => {
    await client().sync.push.mutate({
      clientId: 'c1',
      mutations: [captureOf(1, { id }), setTags(2, tagNames(0, MAX_RECORD_TAGS))],
    });
    const response = await t.app.request(`/api/v1/readouts/${id}`, {
      method: 'PATCH',
      headers: { Authorization: `Bearer ${t.alice.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ tags: [...tagNames(0, MAX_RECORD_TAGS), 'extra'] }),
    });
    expect(response.status).toBe(400);
    expect(await tagsOnServer()).toHaveLength(MAX_RECORD_TAGS);
  });
});
