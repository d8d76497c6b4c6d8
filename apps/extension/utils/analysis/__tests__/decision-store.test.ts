// Split and join decisions persist in their own IndexedDB database, survive a reopen, merge with
// another device's by latest stamp, and change the registry they are applied to.
import { buildRegistry } from '@readouts/analysis';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeParticipant, fakeReadout, freshIndexedDb } from '../../__tests__/factories';
import { DecisionStore } from '../decision-store';

beforeEach(freshIndexedDb);

const payne = fakeParticipant();
const readouts = ['a', 'b', 'c'].map((id, i) =>
  fakeReadout({ id, date: `202${i}-01-01`, publishedDate: `202${i}-01-01`, participants: [payne] }),
);

describe('DecisionStore', () => {
  it('keeps a split across a reopen and splits the registry’s person', async () => {
    const store = await DecisionStore.open('deviceA');
    const personId = buildRegistry(readouts).people[0]!.id;
    await store.split(personId, ['c']);
    store.close();
    const reopened = await DecisionStore.open('deviceA');
    const decisions = await reopened.all();
    expect(decisions).toHaveLength(1);
    const registry = buildRegistry(readouts, decisions);
    expect(registry.people.map((p) => p.appearances.map((a) => a.readoutId))).toEqual(
      expect.arrayContaining([['a', 'b'], ['c']]),
    );
    reopened.close();
  });

  it('undoes a decision with a later stamp, even one made in the same millisecond', async () => {
    const store = await DecisionStore.open('deviceA');
    const joined = await store.join('x', 'y');
    const undone = await store.revoke(joined);
    expect(undone.hlc > joined.hlc).toBe(true);
    expect((await store.all()).map((d) => d.active)).toEqual([false]);
    store.close();
  });

  it('merges another device’s decisions, the latest stamp per decision winning, and skips damaged rows', async () => {
    const store = await DecisionStore.open('deviceA');
    const mine = await store.join('x', 'y');
    const later = { ...mine, hlc: '999999999999999-00000-deviceB', active: false };
    const older = { ...mine, hlc: '000000000000001-00000-deviceB', active: true };
    await store.merge([later]);
    await store.merge([older]);
    expect(await store.all()).toEqual([later]);
    store.close();
  });
});
