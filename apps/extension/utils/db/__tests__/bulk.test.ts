import { createQueue, enqueue, next } from '@readouts/bulk';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeReadout, freshIndexedDb } from '../../__tests__/factories';
import { loadPairDecisions, loadQueue, mergePairDecisions, saveQueue } from '../bulk';
import { openReadoutsDb } from '../open';
import { toRow } from '../schema';

const URL_ = 'https://www.mofa.go.jp/press/release/press4e_000001.html';

describe('the bulk store', () => {
  beforeEach(freshIndexedDb);

  it('upgrades a version 3 database to 4: the bulk store is added, readouts and outbox kept', async () => {
    const v3 = await openReadoutsDb(3);
    const readout = fakeReadout();
    await v3.put('readouts', toRow(readout));
    await v3.add('outbox', {
      clientId: 'c1',
      mutation: { type: 'delete', id: 1, readoutId: 'x', hlc: '001764201600000-00000-c1' },
    });
    expect([...v3.objectStoreNames]).not.toContain('bulk');
    v3.close();
    const v4 = await openReadoutsDb(4);
    expect([...v4.objectStoreNames]).toContain('bulk');
    expect((await v4.get('readouts', readout.id))?.readout).toEqual(readout);
    expect(await v4.count('outbox')).toBe(1);
    expect(await loadQueue(v4)).toBeNull();
    v4.close();
  });

  it('keeps the queue across a closed database; a fetch cut short is pending again', async () => {
    const db = await openReadoutsDb();
    const { state } = next(enqueue(createQueue(), [URL_]), 1000);
    expect(state.items[0]?.status).toBe('active');
    await saveQueue(db, state);
    db.close();
    const again = await openReadoutsDb();
    const loaded = await loadQueue(again);
    expect(loaded?.items[0]).toMatchObject({ id: 'press-release-press4e_000001', status: 'pending' });
    again.close();
  });

  it('keeps pairing decisions across a closed database and refuses a malformed one', async () => {
    const db = await openReadoutsDb();
    const decision = { en: 'a', ja: 'b', action: 'split' as const, hlc: '001764201600000-00000-c1' };
    await mergePairDecisions(db, [decision]);
    db.close();
    const again = await openReadoutsDb();
    expect(Object.values(await loadPairDecisions(again))).toEqual([decision]);
    // Later, so it would win if it were stored.
    const malformed = { ...decision, action: 'maybe', hlc: '001764201700000-00000-c1' };
    await expect(mergePairDecisions(again, [malformed] as never)).rejects.toThrow();
    expect(Object.values(await loadPairDecisions(again))).toEqual([decision]);
    again.close();
  });
});
