import { beforeEach, describe, expect, it } from 'vitest';
import { fakeReadout, freshIndexedDb } from '../../__tests__/factories';
import { openReadoutsDb } from '../open';
import { DB_VERSION } from '../schema';

describe('database upgrades', () => {
  beforeEach(freshIndexedDb);

  it('creates every store and index on a fresh install', async () => {
    const db = await openReadoutsDb();
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['meta', 'outbox', 'readouts']);
    const indexes = [...db.transaction('readouts').store.indexNames].sort();
    expect(indexes).toEqual(['by-captured', 'by-country', 'by-date']);
    db.close();
  });

  it('upgrades a version 1 database, backfilling counterpart countries for the new index', async () => {
    const v1 = await openReadoutsDb(1);
    const readout = fakeReadout({
      participants: [
        { name: 'Mauro Vieira', familyName: 'Vieira', title: null, country: 'BR', side: 'counterpart' },
      ],
    });
    // Version 1 rows had no `countries` field.
    await v1.put('readouts', { id: readout.id, readout } as never);
    await v1.add('outbox', {
      clientId: 'c1',
      mutation: { type: 'delete', id: 1, readoutId: 'x', hlc: '001764201600000-00000-c1' },
    });
    v1.close();

    const v2 = await openReadoutsDb();
    expect(v2.version).toBe(2);
    expect(await v2.getAllKeysFromIndex('readouts', 'by-country', 'BR')).toEqual([readout.id]);
    expect((await v2.get('readouts', readout.id))?.countries).toEqual(['BR']);
    expect(await v2.count('outbox')).toBe(1);
    v2.close();
  });
});
