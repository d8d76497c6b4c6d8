// Decisions sync on the device: a round sends the pair and person decisions the server lacks,
// stores what it answers in the same IndexedDB stores the pages read, and a failing decisions call
// neither loses anything nor holds up the readouts.
import {
  mergeDecisions as mergePeople,
  personDecisionWins,
  decisionKey as personKey,
} from '@readouts/analysis';
import { pairDecisionWins, decisionKey as pairKey } from '@readouts/bulk';
import type {
  DecisionsSyncRequest,
  DecisionsSyncResponse,
  PairDecision,
  PersonDecision,
} from '@readouts/schema';
import { fakeHlc } from '@readouts/sync/testing';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DecisionStore } from '../../analysis/decision-store';
import { loadPairDecisions, mergePairDecisions } from '../../db/bulk';
import { getDb } from '../../db/open';
import { getSyncDb } from '../db';
import { syncDecisions } from '../decisions';
import { openLocalDecisions } from '../decisions-local';
import { decisionsProgress } from '../decisions-progress';
import { runDecisionsRound } from '../decisions-runner';
import { SyncError } from '../errors';
import { runSyncRound } from '../runner';
import { loadCursor, saveSettings } from '../settings';
import { loadStatus } from '../status';
import { freshDevice } from './factories';

/** A server's decisions: the winner per key, numbered as the real store numbers them. */
class FakeDecisionsServer {
  readonly requests: DecisionsSyncRequest[] = [];
  /** Refuses, as the real server refuses a stamp a day ahead, any request holding such a decision. */
  refuse: ((d: PairDecision | PersonDecision) => boolean) | null = null;
  private seq = 0;
  private rows = new Map<string, { value: PairDecision | PersonDecision; seq: number }>();

  hold(pairs: PairDecision[], people: PersonDecision[] = []): void {
    for (const d of pairs) this.keep(`pair:${pairKey(d.en, d.ja)}`, d, (a, b) => pairDecisionWins(a, b));
    for (const d of people) this.keep(`person:${personKey(d)}`, d, (a, b) => personDecisionWins(a, b));
  }

  held(): Array<PairDecision | PersonDecision> {
    return [...this.rows.values()].map((r) => r.value);
  }

  readonly send = async (request: DecisionsSyncRequest): Promise<DecisionsSyncResponse> => {
    this.requests.push(request);
    const sent = [...(request.pairs ?? []), ...(request.people ?? [])];
    if (this.refuse && sent.some(this.refuse))
      throw new SyncError('rejected', 'pairs.0.hlc is stamped more than 24 h ahead', { status: 400 });
    this.hold(request.pairs ?? [], request.people ?? []);
    // A cursor this server never issued: it was restored from an older backup.
    const reset = (request.cursor ?? 0) > this.seq;
    const after = [...this.rows.values()]
      .filter((r) => r.seq > (reset ? 0 : (request.cursor ?? 0)))
      .sort((a, b) => a.seq - b.seq);
    const page = after.slice(0, request.limit ?? 500);
    return {
      pairs: page.flatMap((r) => ('en' in r.value ? [r.value] : [])),
      people: page.flatMap((r) => ('kind' in r.value ? [r.value] : [])),
      cursor: page.at(-1)?.seq ?? (reset ? 0 : (request.cursor ?? 0)),
      hasMore: after.length > page.length,
      ...(reset ? { reset: true } : {}),
    };
  };

  private keep<T extends PairDecision | PersonDecision>(key: string, d: T, wins: (a: T, b: T) => boolean) {
    const held = this.rows.get(key);
    if (held && !wins(d, held.value as T)) return;
    this.rows.set(key, { value: d, seq: ++this.seq });
  }
}

const pair = (en: string, ja: string, action: PairDecision['action'], wallMs: number, node = 'deviceA') => ({
  en,
  ja,
  action,
  hlc: fakeHlc(wallMs, node),
});
const join = (into: string, from: string, wallMs: number, node = 'deviceB'): PersonDecision => ({
  kind: 'join',
  into,
  from,
  hlc: fakeHlc(wallMs, node),
  active: true,
});

describe('syncDecisions', () => {
  let server: FakeDecisionsServer;
  let close = () => {};
  beforeEach(async () => {
    await freshDevice('deviceA');
    server = new FakeDecisionsServer();
  });
  afterEach(() => close());

  const round = async (pageSize?: number) => {
    const local = await openLocalDecisions(await getDb(), 'deviceA');
    close = () => local.close();
    try {
      return await syncDecisions({
        local,
        send: server.send,
        progress: decisionsProgress,
        ...(pageSize ? { pageSize } : {}),
      });
    } finally {
      local.close();
    }
  };

  it("sends this device's decisions, stores the others' where the pages read them, then sends only new ones", async () => {
    const mine = pair('en-1', 'ja-1', 'split', 1_000);
    await mergePairDecisions(await getDb(), [mine]);
    const store = await DecisionStore.open('deviceA');
    const myJoin = await store.join('jp-kono-taro', 'jp-kono-taro~1');
    store.close();
    const theirs = pair('en-2', 'ja-2', 'join', 2_000, 'deviceB');
    const theirJoin = join('cn-wang-yi', 'cn-wang-yi~1', 2_000);
    server.hold([theirs], [theirJoin]);

    const first = await round(1);
    expect(first).toMatchObject({ sent: 2, changed: true, refused: 0 });
    expect(server.requests[0]).toMatchObject({ cursor: null, pairs: [mine], people: [myJoin] });
    expect(await loadPairDecisions(await getDb())).toEqual({
      [pairKey('en-1', 'ja-1')]: mine,
      [pairKey('en-2', 'ja-2')]: theirs,
    });
    const reopened = await DecisionStore.open('deviceA');
    expect(await reopened.all()).toEqual(mergePeople([myJoin, theirJoin]));
    reopened.close();

    // Nothing new: the next round sends nothing and asks from its cursor; a new decision goes alone.
    server.requests.length = 0;
    expect(await round()).toMatchObject({ sent: 0, received: 0, changed: false });
    expect(server.requests).toMatchObject([{ pairs: [], people: [], cursor: 4 }]);
    const later = pair('en-2', 'ja-2', 'split', 3_000);
    await mergePairDecisions(await getDb(), [later]);
    server.requests.length = 0;
    await round();
    expect(server.requests).toMatchObject([{ pairs: [later], people: [] }]);
    expect(server.held()).toContainEqual(later);
  });

  it('leaves a refused decision for the next round and syncs the others', async () => {
    const ahead = pair('en-9', 'ja-9', 'join', 9_000);
    const fine = [1, 2, 3].map((n) => pair(`en-${n}`, `ja-${n}`, 'join', n * 1_000));
    await mergePairDecisions(await getDb(), [ahead, ...fine]);
    server.refuse = (d) => d.hlc === ahead.hlc;
    expect(await round()).toMatchObject({ sent: 3, refused: 1 });
    expect(server.held()).toEqual(expect.arrayContaining(fine));
    expect(server.held()).not.toContainEqual(ahead);
    // The clock caught up: the next round sends it.
    server.refuse = null;
    server.requests.length = 0;
    await round();
    expect(server.requests.flatMap((r) => r.pairs)).toEqual([ahead]);
  });

  it('sends everything again to a server restored from an older backup', async () => {
    const decision = pair('en-1', 'ja-1', 'join', 1_000);
    await mergePairDecisions(await getDb(), [decision]);
    await round();
    expect((await decisionsProgress.load()).cursor).toBe(1);
    server = new FakeDecisionsServer();
    await round();
    expect(server.requests).toMatchObject([
      { cursor: 1, pairs: [] },
      { cursor: 0, pairs: [decision] },
    ]);
    expect(server.held()).toEqual([decision]);
  });
});

describe('decisions progress', () => {
  beforeEach(async () => {
    await freshDevice('deviceA');
  });

  it('starts over for another server or token, which may lack every decision', async () => {
    await saveSettings({ serverUrl: 'http://one.test', token: 'rdt_a', auto: true });
    await decisionsProgress.save({ cursor: 5, known: { 'pair:x': fakeHlc(1, 'a') } });
    await saveSettings({ serverUrl: 'http://one.test', token: 'rdt_a', auto: false });
    expect((await decisionsProgress.load()).cursor).toBe(5);
    await saveSettings({ serverUrl: 'http://two.test', token: 'rdt_a', auto: false });
    expect(await decisionsProgress.load()).toEqual({ cursor: null, known: {} });
  });
});

describe('runDecisionsRound', () => {
  beforeEach(async () => {
    await freshDevice('deviceA');
  });
  afterEach(() => vi.unstubAllGlobals());

  /** A server answering tRPC over fetch: readouts pull empty, decisions as `decisions` says. */
  const stubServer = (decisions: (body: unknown) => Response) => {
    const seen: string[] = [];
    vi.stubGlobal('fetch', async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = String(input instanceof Request ? input.url : input);
      seen.push(new URL(url).pathname);
      if (url.includes('/trpc/decisions.sync')) return decisions(JSON.parse(String(init?.body ?? 'null')));
      if (url.includes('/trpc/sync.pull'))
        return Response.json({ result: { data: { changes: [], cursor: '7', hasMore: false } } });
      return Response.json({ error: { message: 'no such procedure' } }, { status: 404 });
    });
    return seen;
  };

  it('keeps readout sync going when the decisions call fails, and resends next round', async () => {
    await mergePairDecisions(await getDb(), [pair('en-1', 'ja-1', 'split', 1_000)]);
    await saveSettings({ serverUrl: 'http://sync.test', token: 'rdt_x', auto: true });
    const seen = stubServer(() => new Response('down', { status: 503 }));
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    await runSyncRound();
    expect(seen).toEqual(['/trpc/sync.pull', '/trpc/decisions.sync']);
    expect(await loadCursor()).toBe('7');
    expect(await loadStatus()).toMatchObject({ state: 'idle', lastError: null });
    expect(await decisionsProgress.load()).toEqual({ cursor: null, known: {} });

    const bodies: unknown[] = [];
    stubServer((body) => {
      bodies.push(body);
      return Response.json({ result: { data: { pairs: [], people: [], cursor: 1, hasMore: false } } });
    });
    const outcome = await runDecisionsRound({ serverUrl: 'http://sync.test', token: 'rdt_x' }, 'deviceA');
    expect(outcome).toMatchObject({ ok: true, report: { sent: 1 } });
    expect(bodies).toMatchObject([{ pairs: [pair('en-1', 'ja-1', 'split', 1_000)] }]);
    expect((await (await getSyncDb()).get('kv', 'decisions')) as unknown).toMatchObject({ cursor: 1 });
  });
});
