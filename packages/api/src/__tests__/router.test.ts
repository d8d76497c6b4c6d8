// The router over an in-memory ApiStorage, through createCaller: the package needs nothing of the
// server but what its context interfaces name.
import type { Mutation } from '@readouts/schema';
import { fakeHlc, fakeReadoutContent } from '@readouts/sync/testing';
import { TRPCError } from '@trpc/server';
import { describe, expect, it } from 'vitest';
import type { ApiRecord, ApiStorage, Context, HistoryEntry } from '../context';
import { appRouter } from '../root';
import { createCallerFactory } from '../trpc';

/** One user's collection in memory: enough of storage for push, get and history. */
function memoryStorage(): ApiStorage {
  const records = new Map<string, ApiRecord>();
  const last = new Map<string, number>();
  const log: Array<HistoryEntry & { readoutId: string }> = [];
  let seq = 0;
  const unused = () => Promise.reject(new Error('not used by these tests'));
  return {
    async push(_userId, clientId, mutations, reduce, _tokenId, describe) {
      let applied = 0;
      for (const m of mutations) {
        if (m.id <= (last.get(clientId) ?? 0)) continue;
        const write = reduce(records.get(m.readoutId) ?? null, m);
        seq += 1;
        records.set(m.readoutId, { readoutId: m.readoutId, seq, deleted: !write.readout, ...write });
        const { type, detail } = describe ? describe(m) : { type: m.type, detail: null };
        log.push({ readoutId: m.readoutId, seq, appliedAt: '', clientId, device: 'memory', type, detail });
        last.set(clientId, m.id);
        applied += 1;
      }
      const lastMutationId = last.get(clientId) ?? 0;
      return { applied, skipped: mutations.length - applied, lastMutationId, gapExpected: null };
    },
    lastMutationId: async (_userId, clientId) => last.get(clientId) ?? 0,
    pull: unused,
    changeHead: unused,
    mergeDecisions: unused,
    pullDecisions: unused,
    decisionHead: unused,
    listReadouts: unused,
    stats: unused,
    getRecord: async (_userId, id) => records.get(id) ?? null,
    history: async (_userId, id, limit) =>
      log
        .filter((e) => e.readoutId === id)
        .reverse()
        .slice(0, limit)
        .map(({ readoutId: _id, ...entry }) => entry),
  };
}

const failures: Context['failures'] = {
  errorId: () => 'err-1',
  isUnavailable: (error) => error instanceof Error && error.message === 'down',
  internalMessage: (id) => `internal error (error id ${id})`,
  unavailableMessage: (id) => `unavailable (error id ${id})`,
};

const caller = (storage: ApiStorage, signedIn = true) =>
  createCallerFactory(appRouter)({
    storage,
    identity: signedIn ? { userId: 1, userName: 'alice', tokenId: 'tok_1' } : null,
    options: { maxBatch: 10 },
    failures,
  });

const capture: Mutation = {
  id: 1,
  readoutId: 'a',
  hlc: fakeHlc(Date.now() - 1000, 'c1'),
  type: 'capture',
  readout: fakeReadoutContent({ id: 'a' }),
};

describe('the API router on its own', () => {
  it('pushes a capture and a correction, serves the corrected readout and a compact history', async () => {
    const api = caller(memoryStorage());
    const correct: Mutation = {
      id: 2,
      readoutId: 'a',
      hlc: fakeHlc(Date.now(), 'c1'),
      type: 'correct',
      fields: { date: { value: '2019-11-21', base: '2019-11-22' } },
    };
    expect(await api.sync.push({ clientId: 'c1', mutations: [capture, correct] })).toEqual({
      lastMutationId: 2,
    });
    expect(await api.readouts.get({ id: 'a' })).toMatchObject({ date: '2019-11-21', corrected: ['date'] });
    const history = await api.readouts.history({ id: 'a' });
    expect(history.map((e) => [e.type, e.detail])).toEqual([
      ['correct', { fields: { date: { before: '2019-11-22', after: '2019-11-21' } } }],
      [
        'capture',
        {
          extractorVersion: capture.type === 'capture' && capture.readout.capture.extractorVersion,
          contentHash: capture.type === 'capture' && capture.readout.capture.contentHash,
          capturedAt: capture.type === 'capture' && capture.readout.capture.capturedAt,
        },
      ],
    ]);
  });

  it('asks for a token, and names an unreachable database SERVICE_UNAVAILABLE', async () => {
    await expect(caller(memoryStorage(), false).readouts.get({ id: 'a' })).rejects.toMatchObject({
      code: 'UNAUTHORIZED',
    });
    const down = { ...memoryStorage(), getRecord: () => Promise.reject(new Error('down')) };
    const error = await caller(down)
      .readouts.get({ id: 'a' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TRPCError);
    expect((error as TRPCError).code).toBe('SERVICE_UNAVAILABLE');
  });
});
