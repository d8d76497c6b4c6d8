// sync.push and sync.pull through the tRPC client: idempotent retries, recoverable id gaps,
// batch limits and resumable paged pulls.
import { MAX_PUSH_BATCH, type Mutation, PullResponse } from '@readouts/schema';
import { TRPCClientError } from '@trpc/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../__tests__/helpers/app';
import { backends } from '../../__tests__/helpers/backends';
import { captureOf, captures, fakeHlc, nextHlc } from '../../__tests__/helpers/factories';

describe.each(backends)('sync over tRPC on $name', (backend) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await startTestApp(backend, { maxBatch: 50 });
  });
  afterEach(() => t.stop());

  it('applies a retried batch only once', async () => {
    const client = t.trpc(t.alice.token);
    const batch = captures(3);
    expect(await client.sync.push.mutate({ clientId: 'c1', mutations: batch })).toEqual({
      lastMutationId: 3,
    });
    expect(await client.sync.push.mutate({ clientId: 'c1', mutations: batch })).toEqual({
      lastMutationId: 3,
    });
    const pulled = await client.sync.pull.query({ cursor: null, clientId: 'c1' });
    expect(pulled.changes).toHaveLength(3);
    expect(pulled.lastMutationId).toBe(3);
  });

  it('reports a gap with the expected id, keeps what came before it, and accepts the resend', async () => {
    const client = t.trpc(t.alice.token);
    const error = await client.sync.push
      .mutate({ clientId: 'c1', mutations: [captureOf(1, { id: 'a' }), captureOf(4, { id: 'b' })] })
      .catch((e) => e);
    expect(error).toBeInstanceOf(TRPCClientError);
    expect(error.data).toMatchObject({ code: 'CONFLICT', gap: { code: 'MUTATION_GAP', expected: 2 } });
    expect(error.message).toContain('expected mutation 2');
    expect(await client.sync.push.mutate({ clientId: 'c1', mutations: [captureOf(2, { id: 'b' })] })).toEqual(
      {
        lastMutationId: 2,
      },
    );
    expect((await client.readouts.list.query({})).items.map((r) => r.id).sort()).toEqual(['a', 'b']);
  });

  it('refuses a batch over the configured limit, naming the limit', async () => {
    const error = await t
      .trpc(t.alice.token)
      .sync.push.mutate({ clientId: 'c1', mutations: captures(51) })
      .catch((e) => e);
    expect(error.data?.httpStatus).toBe(400);
    expect(error.message).toContain('at most 50 mutations');
  });

  it('refuses a batch over the protocol limit with a validation error naming it', async () => {
    const error = await t
      .trpc(t.alice.token)
      .sync.push.mutate({ clientId: 'c1', mutations: captures(MAX_PUSH_BATCH + 1) })
      .catch((e) => e);
    expect(error.data?.httpStatus).toBe(400);
    expect(JSON.stringify(error.data.issues)).toContain(String(MAX_PUSH_BATCH));
  });

  it('answers invalid mutations with 400 and field issues, never a stack trace', async () => {
    const res = await t.app.request('/trpc/sync.push', {
      method: 'POST',
      headers: { Authorization: `Bearer ${t.alice.token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ clientId: 'c1', mutations: [{ id: 0, type: 'capture' }] }),
    });
    expect(res.status).toBe(400);
    const body = await res.text();
    expect(body).not.toContain('stack');
    expect(body).not.toContain('.ts:');
    expect(JSON.parse(body).error.data.issues.length).toBeGreaterThan(0);
  });

  it('pages a pull and resumes from any returned cursor, with deletions as tombstones', async () => {
    const client = t.trpc(t.alice.token);
    await client.sync.push.mutate({ clientId: 'c1', mutations: captures(25) });
    await client.sync.push.mutate({
      clientId: 'c1',
      mutations: [{ id: 26, readoutId: 'r-0003', hlc: nextHlc(), type: 'delete' }],
    });
    const seen = new Map<string, unknown>();
    let cursor: string | null = null;
    let pages = 0;
    for (;;) {
      const page = await client.sync.pull.query({ cursor, limit: 10 });
      for (const state of page.changes) seen.set(state.id, state);
      cursor = page.cursor;
      pages += 1;
      if (!page.hasMore) break;
    }
    expect(pages).toBe(3);
    expect(seen.size).toBe(25);
    expect(seen.get('r-0003')).toMatchObject({ deleted: expect.any(String) });
    const again = await client.sync.pull.query({ cursor, limit: 10 });
    expect(again).toMatchObject({ changes: [], cursor, hasMore: false });
  });

  it('answers pulls that PullResponse accepts unchanged (pull has no output validator)', async () => {
    const client = t.trpc(t.alice.token);
    const edits: Mutation[] = [
      { id: 31, readoutId: 'r-0001', hlc: nextHlc(), type: 'setTags', add: ['g7', 'energy'], remove: [] },
      { id: 32, readoutId: 'r-0001', hlc: nextHlc(), type: 'setTags', add: [], remove: ['energy'] },
      { id: 33, readoutId: 'r-0002', hlc: nextHlc(), type: 'setNote', note: 'check \u{1F30A} "quoted"' },
      { id: 34, readoutId: 'r-0002', hlc: nextHlc(), type: 'setStarred', starred: true },
      { id: 35, readoutId: 'r-0003', hlc: nextHlc(), type: 'delete' },
      // An edit of a readout never captured: a state without content.
      { id: 36, readoutId: 'never-captured', hlc: nextHlc(), type: 'setStarred', starred: false },
      captureOf(37, {
        id: 'ja',
        lang: 'ja',
        title: '日韓外相会談\u2028',
        points: [{ n: 1, text: '意見交換' }],
      }),
    ];
    await client.sync.push.mutate({ clientId: 'c1', mutations: captures(30) });
    await client.sync.push.mutate({ clientId: 'c1', mutations: edits });
    let cursor: string | null = null;
    let states = 0;
    for (;;) {
      const input = encodeURIComponent(JSON.stringify({ cursor, limit: 7, clientId: 'c1' }));
      const res = await t.get(`/trpc/sync.pull?input=${input}`, t.alice.token);
      expect(res.status).toBe(200);
      const data = JSON.parse(await res.text()).result.data;
      // Parsing strips unknown keys and fills nothing in: equal means every field conforms.
      expect(PullResponse.parse(data)).toEqual(data);
      states += data.changes.length;
      cursor = data.cursor;
      if (!data.hasMore) break;
    }
    expect(states).toBe(32);
  });

  it('answers a plain pull with the bytes tRPC would (states spliced from storage)', async () => {
    const client = t.trpc(t.alice.token);
    await client.sync.push.mutate({ clientId: 'c1', mutations: captures(12) });
    await client.sync.push.mutate({
      clientId: 'c1',
      mutations: [
        {
          id: 13,
          readoutId: 'r-0001',
          hlc: nextHlc(),
          type: 'setNote',
          note: 'lone \ud800 "q" \\ \u2028 日本',
        },
        { id: 14, readoutId: 'r-0001', hlc: nextHlc(), type: 'setTags', add: ['a b', 'ü'], remove: [] },
        { id: 15, readoutId: 'r-0002', hlc: nextHlc(), type: 'delete' },
      ],
    });
    const inputs = [
      { cursor: null, limit: 5, clientId: 'c1' },
      { cursor: '5', limit: 1000 },
      { cursor: null, clientId: 'never-pushed' },
      { cursor: '1000' },
    ];
    for (const input of inputs) {
      const query = encodeURIComponent(JSON.stringify(input));
      const origin = { Origin: 'chrome-extension://abcdef' };
      const plain = await t.get(`/trpc/sync.pull?input=${query}`, t.alice.token, origin);
      // A batch of one goes through tRPC itself.
      const batched = await t.get(
        `/trpc/sync.pull?batch=1&input=${encodeURIComponent(`{"0":${JSON.stringify(input)}}`)}`,
        t.alice.token,
        origin,
      );
      expect(plain.status).toBe(batched.status);
      expect([...plain.headers].sort()).toEqual([...batched.headers].sort());
      expect(plain.headers.get('access-control-allow-origin')).toBe(origin.Origin);
      expect(`[${await plain.text()}]`).toBe(await batched.text());
    }
    // Errors are tRPC's own: no token, invalid input, a cursor not issued, a cursor ahead.
    for (const [query, token, status] of [
      [encodeURIComponent('{"cursor":null}'), null, 401],
      [encodeURIComponent('{"cursor":null,"limit":0}'), t.alice.token, 400],
      [encodeURIComponent('{"cursor":"x"}'), t.alice.token, 400],
      [encodeURIComponent('{"cursor":"99999"}'), t.alice.token, 409],
      ['%7Bnot json', t.alice.token, 400],
      ['', t.alice.token, 400],
    ] as const) {
      const res = await t.get(`/trpc/sync.pull?input=${query}`, token ?? undefined);
      expect(res.status).toBe(status);
      expect(JSON.parse(await res.text()).error.data.httpStatus).toBe(status);
    }
  });

  it('refuses a batch stamped far in the future and applies none of it', async () => {
    const client = t.trpc(t.alice.token);
    const future = { ...captureOf(2, { id: 'future' }), hlc: fakeHlc(Date.now() + 3 * 86_400_000) };
    const error = await client.sync.push
      .mutate({ clientId: 'c1', mutations: [captureOf(1, { id: 'now' }), future] })
      .catch((e) => e);
    expect(error.data?.httpStatus).toBe(400);
    expect(error.message).toContain('mutation 2');
    expect((await client.sync.pull.query({ cursor: null })).changes).toEqual([]);
  });

  it('answers a cursor past the latest change (a restored backup) with CURSOR_AHEAD', async () => {
    const client = t.trpc(t.alice.token);
    await client.sync.push.mutate({ clientId: 'c1', mutations: captures(2) });
    const { cursor } = await client.sync.pull.query({ cursor: null });
    expect((await client.sync.pull.query({ cursor })).changes).toEqual([]);
    const error = await client.sync.pull.query({ cursor: String(Number(cursor) + 5) }).catch((e) => e);
    expect(error.data).toMatchObject({
      code: 'CONFLICT',
      httpStatus: 409,
      cursorAhead: { code: 'CURSOR_AHEAD', head: Number(cursor) },
    });
    expect(error.message).toContain('pull again from the start');
  });

  it('rejects a cursor it did not issue', async () => {
    const error = await t
      .trpc(t.alice.token)
      .sync.pull.query({ cursor: 'not-a-cursor' })
      .catch((e) => e);
    expect(error.data?.httpStatus).toBe(400);
  });
});
