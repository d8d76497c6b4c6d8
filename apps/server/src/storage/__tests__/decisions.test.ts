// decisions.sync through the real app on SQLite and PostgreSQL: the winner per decision is kept,
// cursors page through what changed, users never see each other's, and bad requests are refused
// whole with a clear error.
import type { PairDecision, PersonDecision } from '@readouts/schema';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../__tests__/helpers/app';
import { backends } from '../../__tests__/helpers/backends';
import { fakeHlc } from '../../__tests__/helpers/factories';
import { idOfUrl, poolCaptures } from '../../__tests__/helpers/pairing-pool';

const DAY = 86_400_000;
const pair = (en: string, ja: string, action: PairDecision['action'], wallMs: number): PairDecision => ({
  en,
  ja,
  action,
  hlc: fakeHlc(wallMs, 'devA'),
});
const joinPeople = (into: string, from: string, wallMs: number, active = true): PersonDecision => ({
  kind: 'join',
  into,
  from,
  hlc: fakeHlc(wallMs, 'devB'),
  active,
});

describe.each(backends)('decisions sync on $name', (backend) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await startTestApp(backend);
  });
  afterEach(() => t.stop());

  it('keeps the latest decision per key and gives it back to another device from its cursor', async () => {
    const deviceA = t.trpc(t.alice.token);
    const deviceB = t.trpc(t.alice.token);
    const joined = pair('en-1', 'ja-1', 'join', 1_000);
    const person = joinPeople('jp-kono-taro', 'jp-kono-taro~2', 1_000);
    const first = await deviceA.decisions.sync.mutate({ cursor: null, pairs: [joined], people: [person] });
    expect(first).toMatchObject({ pairs: [joined], people: [person], hasMore: false });

    const fromB = await deviceB.decisions.sync.mutate({ cursor: null });
    expect(fromB.pairs).toEqual([joined]);
    expect(fromB.people).toEqual([person]);

    // B splits the pair later and revokes the join; A's stale resend of the old join changes nothing.
    const split = pair('en-1', 'ja-1', 'split', 2_000);
    const revoked = { ...person, hlc: fakeHlc(2_000, 'devB'), active: false };
    await deviceB.decisions.sync.mutate({ cursor: fromB.cursor, pairs: [split], people: [revoked] });
    const back = await deviceA.decisions.sync.mutate({
      cursor: first.cursor,
      pairs: [joined],
      people: [person],
    });
    expect(back.pairs).toEqual([split]);
    expect(back.people).toEqual([revoked]);
    expect(await deviceA.decisions.sync.mutate({ cursor: back.cursor })).toMatchObject({
      pairs: [],
      people: [],
    });
  });

  it('pages through many decisions from a cursor, and starts over for a cursor it never issued', async () => {
    const client = t.trpc(t.alice.token);
    const pairs = Array.from({ length: 25 }, (_, i) => pair(`en-${i}`, `ja-${i}`, 'join', 1_000 + i));
    await client.decisions.sync.mutate({ cursor: null, pairs, limit: 1 });
    const seen: PairDecision[] = [];
    let cursor: number | null = null;
    for (let pages = 0; pages < 10; pages++) {
      const page: Awaited<ReturnType<typeof client.decisions.sync.mutate>> =
        await client.decisions.sync.mutate({
          cursor,
          limit: 10,
        });
      seen.push(...page.pairs);
      cursor = page.cursor;
      if (!page.hasMore) break;
    }
    expect(seen).toEqual(pairs);
    const restored = await client.decisions.sync.mutate({ cursor: (cursor ?? 0) + 100, limit: 1000 });
    expect(restored.reset).toBe(true);
    expect(restored.pairs).toEqual(pairs);
  });

  it('never shows one user the decisions of another', async () => {
    await t
      .trpc(t.alice.token)
      .decisions.sync.mutate({ cursor: null, pairs: [pair('en-1', 'ja-1', 'split', 1_000)] });
    const bob = await t.trpc(t.bob.token).decisions.sync.mutate({ cursor: null });
    expect(bob).toMatchObject({ pairs: [], people: [], cursor: 0 });
    // Bob's own decision on the same pages is a row of his, not an edit of Alice's.
    await t
      .trpc(t.bob.token)
      .decisions.sync.mutate({ cursor: null, pairs: [pair('en-1', 'ja-1', 'join', 5_000)] });
    expect((await t.trpc(t.alice.token).decisions.sync.mutate({ cursor: null })).pairs).toEqual([
      pair('en-1', 'ja-1', 'split', 1_000),
    ]);
  });

  it('answers a malformed request 400 naming the field, and keeps nothing of it', async () => {
    const response = await t.app.request('/trpc/decisions.sync', {
      method: 'POST',
      headers: { Authorization: `Bearer ${t.alice.token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({
        cursor: null,
        pairs: [pair('en-1', 'ja-1', 'join', 1_000), { en: 'en-2', ja: 'ja-2', action: 'maybe', hlc: 'x' }],
      }),
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { data: { issues: Array<{ path: string }> } } };
    expect(body.error.data.issues.map((i) => i.path)).toEqual(
      expect.arrayContaining(['pairs.1.action', 'pairs.1.hlc']),
    );
    expect((await t.trpc(t.alice.token).decisions.sync.mutate({ cursor: null })).pairs).toEqual([]);
  });

  it('refuses a decision stamped more than a day ahead of the server clock', async () => {
    const client = t.trpc(t.alice.token);
    const ahead = { ...pair('en-2', 'ja-2', 'join', 0), hlc: fakeHlc(Date.now() + 2 * DAY, 'devA') };
    const error = await client.decisions.sync
      .mutate({ cursor: null, pairs: [pair('en-1', 'ja-1', 'join', 1_000)], people: [], limit: 10 })
      .then(() => client.decisions.sync.mutate({ cursor: null, people: [], pairs: [ahead] }))
      .catch((e: { data?: { httpStatus?: number; issues?: Array<{ path: string }> }; message: string }) => e);
    expect('data' in error && error.data?.httpStatus).toBe(400);
    expect('message' in error && error.message).toMatch(/pairs\.0\.hlc is stamped more than 24 h ahead/);
    expect((await client.decisions.sync.mutate({ cursor: null })).pairs).toEqual([
      pair('en-1', 'ja-1', 'join', 1_000),
    ]);
  });

  it('numbers concurrent merges of one user without gaps, so no device misses one', async () => {
    const clients = [0, 1, 2, 3].map(() => t.trpc(t.alice.token));
    await Promise.all(
      clients.map((client, n) =>
        client.decisions.sync.mutate({
          cursor: null,
          pairs: Array.from({ length: 20 }, (_, i) => pair(`en-${n}-${i}`, 'ja', 'join', 1_000 + i)),
        }),
      ),
    );
    const all = await t.storage.pullDecisions(t.alice.id, 0, 1000);
    expect(all.decisions).toHaveLength(80);
    expect(all.cursor).toBe(80);
    expect(await t.storage.decisionHead(t.alice.id)).toBe(80);
  });
});

const MEXICO_EN = idOfUrl('https://www.mofa.go.jp/la_c/m_ca_c/mx/page4e_000895.html');
const MEXICO_JA = idOfUrl('https://www.mofa.go.jp/mofaj/la_c/m_ca_c/mx/page4_004273.html');
const DISTRACTOR = idOfUrl('https://www.mofa.go.jp/mofaj/la_c/m_ca_c/mx/page4_004275.html');

describe.each(backends)('REST follows synced decisions on $name', (backend) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await startTestApp(backend);
    await t.trpc(t.alice.token).sync.push.mutate({ clientId: 'c1', mutations: poolCaptures() });
  });
  afterEach(() => t.stop());

  const versionOf = async (id: string) =>
    (await (await t.get(`/api/v1/readouts/${id}`, t.alice.token)).json()).languageVersion;

  it('languageVersion drops a pair split on a device and names a pair made by hand', async () => {
    expect(await versionOf(MEXICO_EN)).toEqual({ id: MEXICO_JA, lang: 'ja' });
    const client = t.trpc(t.alice.token);
    const now = Date.now();
    const { cursor } = await client.decisions.sync.mutate({
      cursor: null,
      pairs: [pair(MEXICO_EN, MEXICO_JA, 'split', now - 1000)],
    });
    expect(await versionOf(MEXICO_EN)).toBeNull();
    await client.decisions.sync.mutate({ cursor, pairs: [pair(MEXICO_EN, DISTRACTOR, 'join', now)] });
    expect(await versionOf(MEXICO_EN)).toEqual({ id: DISTRACTOR, lang: 'ja' });
    expect(await versionOf(DISTRACTOR)).toEqual({ id: MEXICO_EN, lang: 'en' });
  });

  it('people follow a join made on a device', async () => {
    const { items } = (await (await t.get('/api/v1/people', t.alice.token)).json()) as {
      items: Array<{ id: string; meetingIds: string[] }>;
    };
    const [into, from] = items.slice(0, 2);
    expect(into && from).toBeTruthy();
    await t
      .trpc(t.alice.token)
      .decisions.sync.mutate({ cursor: null, people: [joinPeople(into!.id, from!.id, Date.now() - 1000)] });
    const after = (await (await t.get('/api/v1/people', t.alice.token)).json()) as { items: typeof items };
    expect(after.items.map((p) => p.id)).not.toContain(from!.id);
    const joined = after.items.find((p) => p.id === into!.id)!;
    expect(new Set(joined.meetingIds)).toEqual(new Set([...into!.meetingIds, ...from!.meetingIds]));
  });
});
