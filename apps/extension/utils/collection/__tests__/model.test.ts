import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeParticipant, fakeReadout, freshIndexedDb } from '../../__tests__/factories';
import { type FullDisk, fakeFullDisk } from '../../__tests__/full-disk';
import { openReadoutsDb } from '../../db/open';
import { StorageFullError } from '../../db/quota';
import { ReadoutRepository } from '../../db/readouts';
import { CollectionModel } from '../model';

async function modelWith(...readouts: ReturnType<typeof fakeReadout>[]) {
  const repository = new ReadoutRepository(await openReadoutsDb(), { deviceId: 'test' });
  await repository.import(readouts);
  return { model: await CollectionModel.load(repository), repository };
}

describe('CollectionModel', () => {
  beforeEach(freshIndexedDb);

  it('loads every readout, newest meeting first', async () => {
    const { model } = await modelWith(
      fakeReadout({ id: 'old', date: '2010-01-01' }),
      fakeReadout({ id: 'new', date: '2020-01-01' }),
    );
    expect(model.total).toBe(2);
    expect(model.visible().map((r) => r.id)).toEqual(['new', 'old']);
  });

  it('combines search and filters and notifies listeners', async () => {
    const { model } = await modelWith(
      fakeReadout({
        id: 'kr',
        title: 'Japan-ROK Summit',
        participants: [fakeParticipant({ country: 'KR' })],
      }),
      fakeReadout({ id: 'au', title: 'Japan-Australia Summit' }),
    );
    let calls = 0;
    model.subscribe(() => calls++);
    model.setFilters({ query: 'summit' });
    expect(
      model
        .visible()
        .map((r) => r.id)
        .sort(),
    ).toEqual(['au', 'kr']);
    model.setFilters({ country: 'KR' });
    expect(model.visible().map((r) => r.id)).toEqual(['kr']);
    expect(calls).toBe(2);
  });

  it('writes tag edits to the database and filters by the new tag', async () => {
    const { model, repository } = await modelWith(fakeReadout({ id: 'a' }), fakeReadout({ id: 'b' }));
    await model.updateUser('a', { tags: ['G7'] });
    model.setFilters({ tag: 'G7' });
    expect(model.visible().map((r) => r.id)).toEqual(['a']);
    expect((await repository.get('a'))?.user.tags).toEqual(['G7']);
  });

  it('deletes with undo', async () => {
    const { model, repository } = await modelWith(fakeReadout({ id: 'a' }), fakeReadout({ id: 'b' }));
    model.select('a');
    const undo = await model.remove('a');
    expect(model.visible().map((r) => r.id)).toEqual(['b']);
    expect(model.selectedId).toBeNull();
    expect(await repository.get('a')).toBeUndefined();
    await undo();
    expect(
      model
        .visible()
        .map((r) => r.id)
        .sort(),
    ).toEqual(['a', 'b']);
    expect(await repository.get('a')).toBeDefined();
  });

  it('makes imported readouts searchable', async () => {
    const { model } = await modelWith(fakeReadout({ id: 'a' }));
    await model.import([fakeReadout({ id: 'z', title: 'Japan-Zambia Meeting' })]);
    model.setFilters({ query: 'zambia' });
    expect(model.visible().map((r) => r.id)).toEqual(['z']);
  });

  it('counts data changes apart from filter changes', async () => {
    const { model } = await modelWith(fakeReadout({ id: 'a' }));
    const before = model.dataVersion;
    model.setFilters({ query: 'x' });
    model.setSort('title');
    expect(model.dataVersion).toBe(before);
    await model.updateUser('a', { starred: true });
    expect(model.dataVersion).toBe(before + 1);
  });

  it('reloads changes made by another page, dropping a selection that is gone', async () => {
    const { model, repository } = await modelWith(fakeReadout({ id: 'a' }), fakeReadout({ id: 'b' }));
    model.select('a');
    await repository.delete('a');
    await repository.import([fakeReadout({ id: 'c', title: 'Japan-Chile Meeting' })]);
    await model.reload();
    expect(model.selectedId).toBeNull();
    model.setFilters({ query: 'chile' });
    expect(model.visible().map((r) => r.id)).toEqual(['c']);
    expect(model.total).toBe(2);
  });
});

describe('CollectionModel on a full disk', () => {
  let disk: FullDisk;
  beforeEach(() => {
    freshIndexedDb();
    disk = fakeFullDisk();
  });
  afterEach(() => disk.restore());

  it('shows an edit only once it is stored', async () => {
    const { model, repository } = await modelWith(fakeReadout({ id: 'a' }));
    const shown = model.get('a');
    let calls = 0;
    model.subscribe(() => calls++);
    disk.fill();
    await expect(model.updateUser('a', { tags: ['G7'] })).rejects.toBeInstanceOf(StorageFullError);
    expect(model.get('a')).toBe(shown);
    expect(calls).toBe(0);
    expect((await repository.get('a'))?.user.tags).toEqual([]);
    disk.free();
    await model.updateUser('a', { tags: ['G7'] });
    expect(model.get('a')?.user.tags).toEqual(['G7']);
  });

  it('can undo a delete again after a refused undo', async () => {
    const { model, repository } = await modelWith(fakeReadout({ id: 'a' }), fakeReadout({ id: 'b' }));
    const undo = await model.remove('a');
    disk.fill();
    await expect(undo()).rejects.toBeInstanceOf(StorageFullError);
    expect(model.get('a')).toBeUndefined();
    disk.free();
    await undo();
    expect(model.get('a')).toBeDefined();
    expect(await repository.get('a')).toEqual(model.get('a'));
  });
});
