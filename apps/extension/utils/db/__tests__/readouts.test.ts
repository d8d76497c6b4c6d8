import { Mutation } from '@readouts/schema';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeContent, fakeReadout, freshIndexedDb } from '../../__tests__/factories';
import { openReadoutsDb } from '../open';
import { ReadoutRepository } from '../readouts';

async function repository(deviceId = 'device-a') {
  let tick = 0;
  const now = () => Date.UTC(2026, 0, 1) + 1000 * tick++;
  return new ReadoutRepository(await openReadoutsDb(), { deviceId, now });
}

const types = async (repo: ReadoutRepository) => (await repo.outbox()).map((entry) => entry.mutation.type);

describe('ReadoutRepository', () => {
  beforeEach(freshIndexedDb);

  it('saves a new capture with empty user fields and logs one outbox mutation', async () => {
    const repo = await repository();
    const content = fakeContent();
    const { readout, outcome } = await repo.saveCapture(content);
    expect(outcome).toBe('captured');
    expect(readout.user).toEqual({ tags: [], note: '', starred: false });
    expect(await repo.get(content.id)).toEqual(readout);
    const outbox = await repo.outbox();
    expect(outbox).toHaveLength(1);
    expect(outbox[0]).toMatchObject({
      clientId: 'device-a',
      mutation: { type: 'capture', id: 1, readoutId: content.id, readout: content },
    });
    expect(Mutation.safeParse(outbox[0]!.mutation).success).toBe(true);
    expect('user' in (outbox[0]!.mutation as { readout: object }).readout).toBe(false);
  });

  it('leaves identical content alone and logs nothing', async () => {
    const repo = await repository();
    const content = fakeContent();
    await repo.saveCapture(content);
    const again = await repo.saveCapture({
      ...content,
      capture: { ...content.capture, capturedAt: '2027-01-01T00:00:00Z' },
    });
    expect(again.outcome).toBe('unchanged');
    expect(await repo.outbox()).toHaveLength(1);
  });

  it('updates changed content but keeps the user tags, note and star', async () => {
    const repo = await repository();
    const content = fakeContent();
    await repo.saveCapture(content);
    await repo.updateUser(content.id, { tags: ['Indo-Pacific'], note: 'follow up', starred: true });
    const changed = {
      ...content,
      title: 'Revised title',
      capture: { ...content.capture, contentHash: 'hash-2' },
    };
    const { readout, outcome } = await repo.saveCapture(changed);
    expect(outcome).toBe('updated');
    expect(readout.title).toBe('Revised title');
    expect(readout.user).toEqual({ tags: ['Indo-Pacific'], note: 'follow up', starred: true });
    expect(await types(repo)).toEqual(['capture', 'setTags', 'setNote', 'setStarred', 'capture']);
  });

  it('normalises tags: trimmed, no empties, no duplicates', async () => {
    const repo = await repository();
    const { readout } = await repo.saveCapture(fakeContent());
    const updated = await repo.updateUser(readout.id, { tags: [' G7 ', 'G7', '', 'North  Korea'] });
    expect(updated.user.tags).toEqual(['G7', 'North Korea']);
  });

  it('refuses to edit a readout that does not exist, without logging', async () => {
    const repo = await repository();
    await expect(repo.updateUser('missing', { starred: true })).rejects.toThrow(/no readout missing/);
    expect(await repo.outbox()).toEqual([]);
  });

  it('deletes and restores, logging both', async () => {
    const repo = await repository();
    const { readout } = await repo.saveCapture(fakeContent());
    const removed = await repo.delete(readout.id);
    expect(removed).toEqual(readout);
    expect(await repo.get(readout.id)).toBeUndefined();
    await repo.restore(removed!);
    expect(await repo.get(readout.id)).toEqual(readout);
    expect(await types(repo)).toEqual(['capture', 'delete', 'capture']);
  });

  it('imports new and replaced readouts and skips identical ones', async () => {
    const repo = await repository();
    const kept = fakeReadout();
    const replaced = fakeReadout();
    await repo.import([kept, replaced]);
    const outcome = await repo.import([kept, { ...replaced, title: 'Changed' }, fakeReadout()]);
    expect(outcome).toEqual({ added: 1, replaced: 1, unchanged: 1 });
    expect(await repo.count()).toBe(3);
  });

  it('finds readouts by counterpart country through the index', async () => {
    const repo = await repository();
    const korea = fakeReadout({
      participants: [
        {
          name: 'Park Jin',
          familyName: 'Park',
          title: null,
          country: 'KR',
          side: 'counterpart',
          nameLatin: null,
          role: 'principal',
        },
      ],
    });
    await repo.import([fakeReadout(), korea]);
    expect(await repo.idsByCountry('KR')).toEqual([korea.id]);
    expect(await repo.idsByCountry('JP')).toEqual([]);
  });

  it('numbers mutations 1, 2, 3 with increasing hlcs, across transactions and connections', async () => {
    const repo = await repository();
    const { readout } = await repo.saveCapture(fakeContent());
    await repo.updateUser(readout.id, { tags: ['a'], starred: true });
    const again = await repository();
    await again.delete(readout.id);
    const mutations = (await again.outbox()).map((entry) => entry.mutation);
    expect(mutations.map((m) => m.id)).toEqual([1, 2, 3, 4]);
    const hlcs = mutations.map((m) => m.hlc);
    expect([...hlcs].sort()).toEqual(hlcs);
    expect(new Set(hlcs).size).toBe(4);
    expect(mutations.every((m) => Mutation.safeParse(m).success)).toBe(true);
  });

  it('queues only the user fields that changed, and nothing for no change', async () => {
    const repo = await repository();
    const { readout } = await repo.saveCapture(fakeContent());
    await repo.updateUser(readout.id, { note: 'n' });
    await repo.updateUser(readout.id, { note: 'n' });
    expect(await types(repo)).toEqual(['capture', 'setNote']);
  });

  it('starts a new count for a new client id', async () => {
    const { readout } = await (await repository('device-a')).saveCapture(fakeContent());
    const other = await repository('device-b');
    await other.updateUser(readout.id, { starred: true });
    const entries = await other.outbox();
    expect(entries.map((e) => [e.clientId, e.mutation.id])).toEqual([
      ['device-a', 1],
      ['device-b', 1],
    ]);
  });
});
