// Issue 9, findings 5-7: every stamp inside a pushed mutation (a merged state's too) and every
// capturedAt is bounded by the server clock, and a merged state respects the tag cap, through one
// check shared by every mutation type.
import type { Mutation, RecordState } from '@readouts/schema';
import { emptyState } from '@readouts/sync';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../__tests__/helpers/app';
import { backends } from '../../__tests__/helpers/backends';
import { captureOf, fakeHlc, fakeReadoutContent, nextHlc } from '../../__tests__/helpers/factories';

const DAY = 86_400_000;
const id = 'bounds-1';
const farStamp = '999999999999999-99999-zz';
const merge = (mid: number, state: RecordState): Mutation => ({
  id: mid,
  readoutId: id,
  hlc: nextHlc(),
  type: 'merge',
  state,
});

describe.each(backends)('mutation bounds on $name', (backend) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await startTestApp(backend);
  });
  afterEach(() => t.stop());

  const refusal = async (mutations: Mutation[]) => {
    const client = t.trpc(t.alice.token);
    const error = await client.sync.push.mutate({ clientId: 'c1', mutations }).catch((e) => e);
    expect(error.data?.httpStatus).toBe(400);
    expect((await client.sync.pull.query({ cursor: null })).changes).toEqual([]);
    return error;
  };

  const base = emptyState(id);
  const future = fakeHlc(Date.now() + 2 * DAY, 'zz');
  const cases: Array<[string, RecordState]> = [
    ['state.note.hlc', { ...base, note: { value: 'x', hlc: farStamp } }],
    ['state.starred.hlc', { ...base, starred: { value: true, hlc: future } }],
    ['state.deleted', { ...base, deleted: future }],
    ['state.captured', { ...base, captured: future }],
    ['state.tags."a".added', { ...base, tags: { a: { added: future, removed: null } } }],
    ['state.tags."a".removed', { ...base, tags: { a: { added: null, removed: future } } }],
  ];
  it.each(cases)('refuses a merge with %s too far ahead, naming the field', async (field, state) => {
    const error = await refusal([merge(1, state)]);
    expect(error.message).toContain(field);
    expect(error.message).toContain('mutation 1');
    expect(error.data.refused).toEqual({ code: 'MUTATION_REFUSED', id: 1, path: `mutations.0.${field}` });
  });

  it('keeps honest later edits winning: a merge stamped far ahead cannot freeze a note', async () => {
    const client = t.trpc(t.alice.token);
    await refusal([merge(1, { ...base, note: { value: 'frozen', hlc: farStamp } })]);
    await client.sync.push.mutate({
      clientId: 'c1',
      mutations: [
        captureOf(1, { id }),
        { id: 2, readoutId: id, hlc: nextHlc(), type: 'setNote', note: 'honest' },
      ],
    });
    expect((await client.readouts.get.query({ id })).user.note).toBe('honest');
  });

  it('refuses a capture whose capturedAt is more than a day ahead (finding 6)', async () => {
    const readout = fakeReadoutContent({ id });
    readout.capture = { ...readout.capture, capturedAt: '9999-12-31T00:00:00Z' };
    const error = await refusal([{ id: 1, readoutId: id, hlc: nextHlc(), type: 'capture', readout }]);
    expect(error.message).toContain('readout.capture.capturedAt');
  });

  it('refuses a merge whose content capturedAt is more than a day ahead', async () => {
    const content = fakeReadoutContent({ id });
    content.capture = { ...content.capture, capturedAt: new Date(Date.now() + 2 * DAY).toISOString() };
    const error = await refusal([merge(1, { ...base, content, captured: nextHlc() })]);
    expect(error.message).toContain('state.content.capture.capturedAt');
  });

  it('accepts a capturedAt within the day of drift', async () => {
    const readout = fakeReadoutContent({ id });
    readout.capture = { ...readout.capture, capturedAt: new Date(Date.now() + DAY / 2).toISOString() };
    const client = t.trpc(t.alice.token);
    expect(
      await client.sync.push.mutate({
        clientId: 'c1',
        mutations: [{ id: 1, readoutId: id, hlc: nextHlc(), type: 'capture', readout }],
      }),
    ).toEqual({ lastMutationId: 1 });
  });

  it('refuses a merge carrying more than 200 present tags (finding 7)', async () => {
    const hlc = nextHlc();
    const tags = Object.fromEntries(
      Array.from({ length: 201 }, (_, i) => [`t${i}`, { added: hlc, removed: null }]),
    );
    const error = await refusal([merge(1, { ...base, content: fakeReadoutContent({ id }), tags })]);
    expect(error.message).toContain('at most 200');
    expect(error.data.refused.path).toBe('mutations.0.state.tags');
  });

  it('accepts a merge with 200 tags', async () => {
    const hlc = nextHlc();
    const tags = Object.fromEntries(
      Array.from({ length: 200 }, (_, i) => [
        `t${String(i).padStart(3, '0')}`,
        { added: hlc, removed: null },
      ]),
    );
    const client = t.trpc(t.alice.token);
    await client.sync.push.mutate({
      clientId: 'c1',
      mutations: [merge(1, { ...base, content: fakeReadoutContent({ id }), captured: hlc, tags })],
    });
    expect((await client.readouts.get.query({ id })).user.tags).toHaveLength(200);
  });
});
