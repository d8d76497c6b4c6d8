import { beforeEach, describe, expect, it } from 'vitest';
import { fakeReadout, freshIndexedDb } from '../../__tests__/factories';
import { openReadoutsDb } from '../open';
import { DB_VERSION } from '../schema';

describe('database upgrades', () => {
  beforeEach(freshIndexedDb);

  it('creates every store and index on a fresh install', async () => {
    const db = await openReadoutsDb();
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['bulk', 'meta', 'outbox', 'readouts']);
    const indexes = [...db.transaction('readouts').store.indexNames].sort();
    expect(indexes).toEqual(['by-captured', 'by-country', 'by-date']);
    db.close();
  });

  it('upgrades a version 1 database, backfilling counterpart countries for the new index', async () => {
    const v1 = await openReadoutsDb(1);
    const readout = fakeReadout({
      participants: [
        {
          name: 'Mauro Vieira',
          familyName: 'Vieira',
          title: null,
          country: 'BR',
          side: 'counterpart',
          nameLatin: null,
          role: 'principal',
        },
      ],
    });
    // Version 1 rows had no `countries` field.
    await v1.put('readouts', { id: readout.id, readout } as never);
    await v1.add('outbox', {
      clientId: 'c1',
      mutation: { type: 'delete', id: 1, readoutId: 'x', hlc: '001764201600000-00000-c1' },
    });
    v1.close();

    const v2 = await openReadoutsDb(2);
    expect(v2.version).toBe(2);
    expect(await v2.getAllKeysFromIndex('readouts', 'by-country', 'BR')).toEqual([readout.id]);
    expect((await v2.get('readouts', readout.id))?.countries).toEqual(['BR']);
    expect(await v2.count('outbox')).toBe(1);
    v2.close();
  });

  it('upgrades a version 2 database: readouts and queued captures move to schema version 3, nothing dropped', async () => {
    const v2 = await openReadoutsDb(2);
    const current = fakeReadout({
      user: { tags: ['brazil'], note: 'mine', starred: true },
      participants: [
        {
          name: 'Mauro Vieira',
          nameLatin: null,
          familyName: 'Vieira',
          title: null,
          country: 'BR',
          side: 'counterpart',
          role: 'principal',
        },
      ],
    });
    const old = (r: typeof current) => ({
      ...r,
      schemaVersion: 2,
      participants: r.participants.map(({ role, nameLatin, ...p }) => p),
    });
    const { user, ...content } = current;
    const broken = { id: 'broken', readout: { schemaVersion: 2, id: 'broken', title: '' } };
    await v2.put('readouts', { id: current.id, readout: old(current), countries: ['BR'] } as never);
    await v2.put('readouts', broken as never);
    await v2.add('outbox', {
      clientId: 'c1',
      mutation: {
        type: 'capture',
        id: 1,
        readoutId: current.id,
        hlc: '001764201600000-00000-c1',
        readout: (({ user: _user, ...rest }) => rest)(old(current)) as never,
      },
    } as never);
    v2.close();

    const v3 = await openReadoutsDb(3);
    expect(v3.version).toBe(3);
    expect((await v3.get('readouts', current.id))?.readout).toEqual(current);
    // A row the migration cannot make valid is kept as it was, for the user to export.
    expect(await v3.get('readouts', 'broken')).toEqual(broken);
    const [queued] = await v3.getAll('outbox');
    expect(queued?.mutation.type === 'capture' && queued.mutation.readout).toEqual(content);
    v3.close();
  });
});
