// decisions.sync over an in-memory decisions store, through createCaller: the server keeps each
// decision's winner by the packages' rules, so devices syncing in any order converge.
import { mergeDecisions as mergePeople, type PersonDecision } from '@readouts/analysis';
import { type PairDecision, type PairDecisions, recordDecision } from '@readouts/bulk';
import { fakeHlc } from '@readouts/sync/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ApiDecision, ApiDecisionStorage, ApiStorage, Context } from '../context';
import { appRouter } from '../root';
import { createCallerFactory } from '../trpc';

/** Every user's decisions in memory, with a decision sequence per user, as the backends keep them. */
function memoryDecisions(): ApiDecisionStorage {
  const users = new Map<number, { head: number; rows: Map<string, ApiDecision & { seq: number }> }>();
  const of = (userId: number) => {
    if (!users.has(userId)) users.set(userId, { head: 0, rows: new Map() });
    return users.get(userId)!;
  };
  return {
    async mergeDecisions(userId, decisions, wins, maxPerUser) {
      const user = of(userId);
      const fresh = new Set(decisions.map((d) => `${d.kind}:${d.key}`).filter((k) => !user.rows.has(k)));
      if (user.rows.size + fresh.size > maxPerUser) return { written: 0, overCap: true };
      let written = 0;
      for (const d of decisions) {
        const held = user.rows.get(`${d.kind}:${d.key}`);
        if (held && !wins(d.kind, d.value, held.value)) continue;
        user.head += 1;
        user.rows.set(`${d.kind}:${d.key}`, { ...d, seq: user.head });
        written += 1;
      }
      return { written };
    },
    async pullDecisions(userId, cursor, limit) {
      const after = [...of(userId).rows.values()].filter((r) => r.seq > cursor).sort((a, b) => a.seq - b.seq);
      const page = after.slice(0, limit);
      return {
        decisions: page.map(({ seq: _seq, ...d }) => d),
        cursor: page.at(-1)?.seq ?? cursor,
        hasMore: after.length > limit,
      };
    },
    decisionHead: async (userId) => of(userId).head,
  };
}

const failures: Context['failures'] = {
  errorId: () => 'err-1',
  isUnavailable: () => false,
  internalMessage: (id) => `internal error (error id ${id})`,
  unavailableMessage: (id) => `unavailable (error id ${id})`,
};

const callerOn = (decisions: ApiDecisionStorage, userId = 1) =>
  createCallerFactory(appRouter)({
    storage: decisions as ApiStorage,
    identity: { userId, userName: `user${userId}`, tokenId: `tok_${userId}` },
    options: { maxBatch: 10 },
    failures,
  });

const pair = (en: string, ja: string, action: PairDecision['action'], hlc: string): PairDecision => ({
  en,
  ja,
  action,
  hlc,
});

describe('decisions.sync', () => {
  it('keeps the later decision per pair and answers only what changed after the cursor', async () => {
    const store = memoryDecisions();
    const api = callerOn(store);
    const joined = pair('e1', 'j1', 'join', fakeHlc(1000, 'a'));
    const first = await api.decisions.sync({ cursor: null, pairs: [joined] });
    expect(first.pairs).toEqual([joined]);
    const older = pair('e1', 'j1', 'split', fakeHlc(500, 'b'));
    const second = await api.decisions.sync({ cursor: first.cursor, pairs: [older] });
    expect(second.pairs).toEqual([]);
    expect(second.cursor).toBe(first.cursor);
    const split = pair('e1', 'j1', 'split', fakeHlc(2000, 'b'));
    expect((await api.decisions.sync({ cursor: second.cursor, pairs: [split] })).pairs).toEqual([split]);
    expect((await api.decisions.sync({ cursor: null })).pairs).toEqual([split]);
  });

  it('pages the answer, and starts over with reset for a cursor the server never issued', async () => {
    const api = callerOn(memoryDecisions());
    const pairs = [1, 2, 3].map((n) => pair(`e${n}`, `j${n}`, 'join', fakeHlc(n, 'a')));
    const page = await api.decisions.sync({ cursor: null, pairs, limit: 2 });
    expect(page).toMatchObject({ pairs: pairs.slice(0, 2), hasMore: true });
    expect(await api.decisions.sync({ cursor: page.cursor, limit: 2 })).toMatchObject({
      pairs: pairs.slice(2),
      hasMore: false,
    });
    expect(await api.decisions.sync({ cursor: 99 })).toMatchObject({ pairs, reset: true });
  });

  it('refuses a decision stamped more than a day ahead, naming it, and keeps nothing of the request', async () => {
    const store = memoryDecisions();
    const api = callerOn(store);
    const ahead = fakeHlc(Date.now() + 2 * 86_400_000, 'a');
    const error = await api.decisions
      .sync({
        cursor: null,
        pairs: [pair('e1', 'j1', 'join', fakeHlc(1, 'a')), pair('e2', 'j2', 'join', ahead)],
      })
      .catch((e: unknown) => e);
    expect(String(error)).toMatch(/pairs\.1\.hlc is stamped more than 24 h ahead/);
    expect(await store.decisionHead(1)).toBe(0);
  });
});

const NODES = ['deviceA', 'deviceB', 'deviceC'];
const hlc = fc
  .tuple(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 2 }), fc.constantFrom(...NODES))
  .map(([ms, counter, node]) => fakeHlc(ms, node, counter));
// Few ids, so registers collide often and the tie rules are exercised.
const pairDecision = fc
  .record({
    en: fc.constantFrom('e1', 'e2'),
    ja: fc.constantFrom('j1', 'j2'),
    action: fc.constantFrom('join', 'split'),
    hlc,
  })
  .map((d) => d as PairDecision);
const personDecision: fc.Arbitrary<PersonDecision> = fc.oneof(
  fc.record({
    kind: fc.constant('split' as const),
    personId: fc.constantFrom('p1', 'p2'),
    readoutIds: fc.constantFrom(['r1'], ['r1', 'r2']).map((ids) => [...ids]),
    hlc,
    active: fc.boolean(),
  }),
  fc.record({
    kind: fc.constant('join' as const),
    into: fc.constantFrom('p1', 'p2'),
    from: fc.constantFrom('p2', 'p3'),
    hlc,
    active: fc.boolean(),
  }),
);

/** A device: its decisions, merged with the packages' functions, and the cursor of its last answer. */
interface Device {
  pairs: PairDecisions;
  people: PersonDecision[];
  cursor: number | null;
}

async function syncDevice(api: ReturnType<typeof callerOn>, device: Device): Promise<void> {
  let answer = await api.decisions.sync({
    cursor: device.cursor,
    pairs: Object.values(device.pairs),
    people: device.people,
  });
  for (;;) {
    device.pairs = answer.pairs.reduce(recordDecision, device.pairs);
    device.people = mergePeople(device.people, answer.people);
    device.cursor = answer.cursor;
    if (!answer.hasMore) return;
    answer = await api.decisions.sync({ cursor: device.cursor, limit: 3 });
  }
}

describe('decisions.sync convergence', () => {
  it('leaves every device and the server with the same winners, whatever order devices sync in', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.tuple(fc.array(pairDecision, { maxLength: 6 }), fc.array(personDecision, { maxLength: 6 })),
          {
            minLength: 3,
            maxLength: 3,
          },
        ),
        fc.array(fc.constantFrom(0, 1, 2), { maxLength: 8 }),
        async (held, order) => {
          const api = callerOn(memoryDecisions());
          const devices: Device[] = held.map(([pairs, people]) => ({
            pairs: pairs.reduce(recordDecision, {} as PairDecisions),
            people: mergePeople(people),
            cursor: null,
          }));
          // Some syncs in any order, then each device twice: the second pass brings every device
          // what the others sent in the first.
          for (const n of [...order, 0, 1, 2, 0, 1, 2]) await syncDevice(api, devices[n]!);
          const allPairs = held.flatMap(([pairs]) => pairs).reduce(recordDecision, {} as PairDecisions);
          const allPeople = mergePeople(...held.map(([, people]) => people));
          const server = await api.decisions.sync({ cursor: null, limit: 1000 });
          expect(server.pairs.reduce(recordDecision, {} as PairDecisions)).toEqual(allPairs);
          expect(mergePeople(server.people)).toEqual(allPeople);
          for (const device of devices) {
            expect(device.pairs).toEqual(allPairs);
            expect(device.people).toEqual(allPeople);
          }
        },
      ),
      { numRuns: 300 },
    );
    // Hundreds of simulated sync rounds: far longer than an example test on a loaded machine.
  }, 120_000);
});
