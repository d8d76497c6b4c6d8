// The storage contract, run against SQLite and PostgreSQL alike.
import type { Mutation } from '@readouts/schema';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backends } from '../../__tests__/helpers/backends';
import { captureOf, captures, fakeUser, nextHlc } from '../../__tests__/helpers/factories';
import { hashToken } from '../../auth/tokens';
import { ReadoutQuery, type ReadoutQueryInput } from '../../query/params';
import { applyToRecord } from '../../sync/reducer';
import { ConflictError, type Storage } from '../types';

describe.each(backends)('storage on $name', (backend) => {
  let storage: Storage;
  let drop: () => Promise<void>;
  let open: () => Promise<Storage>;
  let alice: Awaited<ReturnType<typeof fakeUser>>;
  let bob: Awaited<ReturnType<typeof fakeUser>>;

  beforeEach(async () => {
    ({ open, drop } = await backend.create());
    storage = await open();
    alice = await fakeUser(storage, 'alice');
    bob = await fakeUser(storage, 'bob');
  });
  afterEach(async () => {
    await storage.close();
    await drop();
  });

  const push = (userId: number, mutations: Mutation[], clientId = 'c1') =>
    storage.push(userId, clientId, mutations, applyToRecord);
  const list = (userId: number, query: ReadoutQueryInput = {}) =>
    storage.listReadouts(userId, ReadoutQuery.parse(query));
  const ids = async (userId: number, query: ReadoutQueryInput = {}) =>
    (await list(userId, query)).items.map((r) => r.id);

  describe('users and tokens', () => {
    it('refuses a second user with the same name', async () => {
      await expect(storage.createUser('alice')).rejects.toBeInstanceOf(ConflictError);
    });

    it('authenticates a token by its hash until it is revoked', async () => {
      const identity = await storage.authenticate(hashToken(alice.token));
      expect(identity).toMatchObject({ userId: alice.id, userName: 'alice' });
      expect(await storage.authenticate(hashToken('rdt_unknown'))).toBeNull();
      expect(await storage.revokeToken(identity!.tokenId)).toBe(true);
      expect(await storage.revokeToken(identity!.tokenId)).toBe(false);
      expect(await storage.authenticate(hashToken(alice.token))).toBeNull();
      const tokens = await storage.listTokens(alice.id);
      expect(tokens).toHaveLength(1);
      expect(tokens[0]!.revokedAt).not.toBeNull();
    });

    it('keeps migrations idempotent when opened again', async () => {
      const again = await open();
      expect(await again.findUser('alice')).toMatchObject({ id: alice.id });
      await again.close();
    });
  });

  describe('push', () => {
    it('applies a batch and skips it when retried', async () => {
      const batch = captures(3);
      expect(await push(alice.id, batch)).toEqual({
        applied: 3,
        skipped: 0,
        lastMutationId: 3,
        gapExpected: null,
      });
      expect(await push(alice.id, batch)).toEqual({
        applied: 0,
        skipped: 3,
        lastMutationId: 3,
        gapExpected: null,
      });
      expect((await storage.pull(alice.id, 0, 100)).changes).toHaveLength(3);
      expect(await storage.lastMutationId(alice.id, 'c1')).toBe(3);
    });

    it('writes nothing of a batch when a record late in it fails to write', async () => {
      await push(alice.id, captures(2));
      const batch = captures(400, 3, 'big');
      const failing = (current: Parameters<typeof applyToRecord>[0], m: Mutation) => {
        const write = applyToRecord(current, m);
        if (m.id !== 350 || !write.readout) return write;
        // Fails while the record's columns are derived, after earlier records were sent.
        const readout = Object.defineProperty({ ...write.readout }, 'participants', {
          enumerable: true,
          get: () => {
            throw new Error('broken record');
          },
        });
        return { ...write, readout };
      };
      await expect(storage.push(alice.id, 'c1', batch, failing)).rejects.toThrow('broken record');
      expect(await storage.lastMutationId(alice.id, 'c1')).toBe(2);
      expect(await storage.getRecord(alice.id, 'big-0001')).toBeNull();
      expect((await storage.pull(alice.id, 0, 1000)).changes).toHaveLength(2);
      expect(await push(alice.id, batch)).toMatchObject({ applied: 400, lastMutationId: 402 });
      expect((await storage.pull(alice.id, 0, 1000)).changes).toHaveLength(402);
    });

    it('rewrites each record and its search document when a batch edits many at once', async () => {
      await push(alice.id, captures(130));
      const tags: Mutation[] = Array.from({ length: 130 }, (_, i) => ({
        id: 131 + i,
        readoutId: `r-${String(i).padStart(4, '0')}`,
        hlc: nextHlc(),
        type: 'setTags',
        add: [i % 2 ? 'zeta' : 'theta'],
        remove: [],
      }));
      expect(await push(alice.id, tags)).toMatchObject({ applied: 130, lastMutationId: 260 });
      const zeta = await ids(alice.id, { q: 'zeta', sort: 'title', limit: 200 });
      expect(zeta).toHaveLength(65);
      expect(zeta.every((id) => Number(id.slice(2)) % 2 === 1)).toBe(true);
      expect(await ids(alice.id, { q: 'theta', limit: 200 })).toHaveLength(65);
      expect((await storage.getRecord(alice.id, 'r-0129'))!.readout!.user.tags).toEqual(['zeta']);
      expect((await storage.pull(alice.id, 130, 1000)).changes).toHaveLength(130);
    });

    it('stores text with a lone surrogate (as U+FFFD in the columns) rather than failing', async () => {
      const title = 'Lone \ud800 surrogate';
      expect(await push(alice.id, [captureOf(1, { id: 'odd', title, topics: ['t\udc00'] })])).toMatchObject({
        applied: 1,
      });
      expect((await storage.getRecord(alice.id, 'odd'))!.readout!.title).toBe(title);
      expect((await list(alice.id, { sort: 'title' })).items.map((r) => r.id)).toEqual(['odd']);
      expect(await ids(alice.id, { q: 'surrogate' })).toEqual(['odd']);
    });

    it('applies mutations before a gap and reports the id it expects', async () => {
      const [a, b] = captures(2);
      const late = captureOf(5, { id: 'late' });
      const outcome = await push(alice.id, [a!, b!, late]);
      expect(outcome).toMatchObject({ applied: 2, lastMutationId: 2, gapExpected: 3 });
      expect(await storage.getRecord(alice.id, 'late')).toBeNull();
    });

    it('keeps client mutation ids per user and per client', async () => {
      await push(alice.id, captures(2));
      expect(await push(bob.id, captures(1))).toMatchObject({ applied: 1, lastMutationId: 1 });
      expect(await push(alice.id, captures(1, 1, 'other'), 'c2')).toMatchObject({ applied: 1 });
    });

    it('merges later edits into the stored readout', async () => {
      await push(alice.id, [captureOf(1, { id: 'x', title: 'First' })]);
      await push(alice.id, [
        { id: 2, readoutId: 'x', hlc: nextHlc(), type: 'setTags', add: ['g7'], remove: [] },
        { id: 3, readoutId: 'x', hlc: nextHlc(), type: 'setNote', note: 'check' },
        { id: 4, readoutId: 'x', hlc: nextHlc(), type: 'setStarred', starred: true },
      ]);
      const record = await storage.getRecord(alice.id, 'x');
      expect(record?.readout?.user).toEqual({
        tags: ['g7'],
        note: 'check',
        noteVersion: expect.any(String),
        starred: true,
      });
    });
  });

  describe('pull', () => {
    it('pages through changes with a cursor and reports tombstones', async () => {
      await push(alice.id, captures(5));
      const first = await storage.pull(alice.id, 0, 2);
      expect(first.changes).toHaveLength(2);
      expect(first.hasMore).toBe(true);
      const second = await storage.pull(alice.id, first.cursor, 10);
      expect(second.changes).toHaveLength(3);
      expect(second.hasMore).toBe(false);
      await push(alice.id, [{ id: 6, readoutId: 'r-0001', hlc: nextHlc(), type: 'delete' }]);
      const third = await storage.pull(alice.id, second.cursor, 10);
      expect(third.changes).toHaveLength(1);
      expect(JSON.parse(Buffer.from(third.changes[0]!.stateJson).toString())).toMatchObject({
        id: 'r-0001',
        deleted: expect.any(String),
      });
      expect(await storage.getRecord(alice.id, 'r-0001')).toMatchObject({ deleted: true, readout: null });
      expect(await ids(alice.id)).not.toContain('r-0001');
    });

    it('reports the latest change sequence of each user', async () => {
      expect(await storage.changeHead(alice.id)).toBe(0);
      await push(alice.id, captures(3));
      const pulled = await storage.pull(alice.id, 0, 100);
      expect(await storage.changeHead(alice.id)).toBe(pulled.cursor);
      expect(await storage.changeHead(bob.id)).toBe(0);
    });

    it("never returns another user's changes", async () => {
      await push(alice.id, captures(2));
      expect((await storage.pull(bob.id, 0, 100)).changes).toEqual([]);
    });
  });

  describe('search over many matches', () => {
    it('orders and pages the same whether a term is common or rare', async () => {
      const batch = Array.from({ length: 1100 }, (_, i) =>
        captureOf(i + 1, {
          id: `m-${String(i).padStart(4, '0')}`,
          title: i % 400 === 0 ? 'Common rare meeting' : 'Common meeting',
          date: `20${String(10 + (i % 15)).padStart(2, '0')}-01-${String(1 + (i % 28)).padStart(2, '0')}`,
        }),
      );
      for (let i = 0; i < batch.length; i += 500) await push(alice.id, batch.slice(i, i + 500));
      await storage.optimize();
      const everything = await ids(alice.id, { sort: '-date', limit: 200 });
      expect(await ids(alice.id, { q: 'common', sort: '-date', limit: 200 })).toEqual(everything);
      const page = await list(alice.id, { q: 'common', sort: 'date', limit: 5 });
      const next = await list(alice.id, { q: 'common', sort: 'date', limit: 5, cursor: page.nextCursor! });
      expect([...page.items, ...next.items].map((r) => r.id)).toEqual(
        await ids(alice.id, { sort: 'date', limit: 10 }),
      );
      expect(await ids(alice.id, { q: 'rare', sort: 'date' })).toEqual(['m-0000', 'm-0800', 'm-0400']);
    });
  });

  describe('queries', () => {
    beforeEach(async () => {
      await push(alice.id, [
        captureOf(1, {
          id: 'au',
          title: 'Japan-Australia Foreign Ministers’ Meeting',
          date: '2019-11-22',
          format: 'meeting',
          topics: ['Indo-Pacific'],
        }),
        captureOf(2, {
          id: 'kr',
          lang: 'ja',
          title: '日韓首脳会談',
          date: '2023-05-07',
          format: 'summit',
          participants: [
            {
              name: '尹錫悦',
              familyName: null,
              title: '大統領',
              country: 'KR',
              side: 'counterpart',
              nameLatin: 'Yoon Suk Yeol',
              role: 'principal',
            },
          ],
          location: { city: 'ソウル', country: 'KR', venue: null },
          points: [{ n: 1, text: '両首脳は北朝鮮情勢について意見交換を行った。' }],
          topics: ['北朝鮮'],
        }),
        captureOf(3, {
          id: 'us',
          title: 'Japan-U.S. Telephone Talk',
          date: null,
          format: 'telephone',
          participants: [
            {
              name: 'Antony Blinken',
              familyName: 'Blinken',
              title: 'Secretary of State',
              country: 'US',
              side: 'counterpart',
              nameLatin: null,
              role: 'principal',
            },
          ],
          location: null,
          points: [{ n: 1, text: 'They discussed maritime security.' }],
          topics: [],
        }),
        { id: 4, readoutId: 'us', hlc: nextHlc(), type: 'setTags', add: ['follow-up'], remove: [] },
      ]);
      await push(bob.id, [captureOf(1, { id: 'bob-only', title: 'Japan-Australia Summit' })]);
    });

    it('filters by country, participant, format, lang, topic and tag', async () => {
      expect(await ids(alice.id, { country: 'kr' })).toEqual(['kr']);
      expect(await ids(alice.id, { country: 'AU' })).toEqual(['au']);
      expect(await ids(alice.id, { participant: 'blinken' })).toEqual(['us']);
      // Either script of a name: the Japanese page gives 尹錫悦 and its Latin form.
      expect(await ids(alice.id, { participant: '尹錫悦' })).toEqual(['kr']);
      expect(await ids(alice.id, { participant: 'yoon suk' })).toEqual(['kr']);
      expect(await ids(alice.id, { format: 'summit' })).toEqual(['kr']);
      expect(await ids(alice.id, { lang: 'ja' })).toEqual(['kr']);
      expect(await ids(alice.id, { topic: 'indo' })).toEqual(['au']);
      expect(await ids(alice.id, { tag: 'follow-up' })).toEqual(['us']);
      expect(await ids(alice.id, { tag: 'follow' })).toEqual([]);
    });

    it('filters by date range, excluding readouts without a date', async () => {
      expect(await ids(alice.id, { from: '2020-01-01' })).toEqual(['kr']);
      expect(await ids(alice.id, { to: '2020-01-01' })).toEqual(['au']);
      expect(await ids(alice.id, { from: '2019-01-01', to: '2024-01-01', sort: 'date' })).toEqual([
        'au',
        'kr',
      ]);
    });

    it('sorts and pages with a cursor', async () => {
      expect(await ids(alice.id, { sort: '-date' })).toEqual(['kr', 'au', 'us']);
      expect(await ids(alice.id, { sort: 'date' })).toEqual(['us', 'au', 'kr']);
      expect(await ids(alice.id, { sort: 'title' })).toEqual(['au', 'us', 'kr']);
      const first = await list(alice.id, { sort: 'captured', limit: 2 });
      expect(first.items).toHaveLength(2);
      const second = await list(alice.id, { sort: 'captured', limit: 2, cursor: first.nextCursor! });
      expect(second.nextCursor).toBeNull();
      expect([...first.items, ...second.items].map((r) => r.id).sort()).toEqual(['au', 'kr', 'us']);
    });

    it('searches English text by word prefix', async () => {
      expect(await ids(alice.id, { q: 'maritime' })).toEqual(['us']);
      expect(await ids(alice.id, { q: 'Minist australia' })).toEqual(['au']);
      expect(await ids(alice.id, { q: 'japan', sort: 'title' })).toEqual(['au', 'us']);
      expect(await ids(alice.id, { q: 'nonexistentword' })).toEqual([]);
    });

    it('searches Japanese text by one, two or more characters', async () => {
      expect(await ids(alice.id, { q: '首脳会談' })).toEqual(['kr']);
      expect(await ids(alice.id, { q: '会談' })).toEqual(['kr']);
      expect(await ids(alice.id, { q: '北朝鮮情勢' })).toEqual(['kr']);
      expect(await ids(alice.id, { q: '韓' })).toEqual(['kr']);
      expect(await ids(alice.id, { q: '大統領 ソウル' })).toEqual(['kr']);
      expect(await ids(alice.id, { q: '会議' })).toEqual([]);
    });

    it("keeps every query within the user's own collection", async () => {
      expect(await ids(bob.id, { q: 'japan' })).toEqual(['bob-only']);
      expect(await ids(alice.id, { q: 'summit' })).toEqual([]);
      expect(await storage.getRecord(bob.id, 'au')).toBeNull();
    });

    it('counts by country, year and format', async () => {
      const stats = await storage.stats(alice.id);
      expect(stats.total).toBe(3);
      expect(stats.byFormat).toEqual({ meeting: 1, summit: 1, telephone: 1 });
      expect(stats.byYear).toEqual({ '2019': 1, '2023': 1 });
      expect(stats.byCountry).toMatchObject({ KR: 1, US: 1, AU: 1, JP: 1 });
      expect(stats.byCounterpartCountry).toEqual({ AU: 1, KR: 1, US: 1 });
    });
  });
});
