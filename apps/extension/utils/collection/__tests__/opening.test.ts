// Opening a large collection: the first screen before the rest, then the index in slices, and
// never a part of the answer shown as if it were all of it.
import fc from 'fast-check';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeParticipant, fakeReadout, freshIndexedDb } from '../../__tests__/factories';
import { openReadoutsDb } from '../../db/open';
import { ReadoutRepository } from '../../db/readouts';
import { CollectionModel } from '../model';
import { SearchIndex } from '../search-index';

const COUNTRIES = ['AU', 'KR', 'BR', 'US', 'IN'];
/** `n` readouts over a few dozen days (so dates and capture times tie), some undated, of several countries. */
function collection(n: number) {
  return Array.from({ length: n }, (_, i) =>
    fakeReadout({
      id: `press-release-press4e_${String(i).padStart(6, '0')}`,
      title: `Japan-${COUNTRIES[i % 5]} Meeting ${i % 7 === 0 ? 'Summit' : 'Talks'} ${i}`,
      date: i % 13 === 0 ? null : `2020-01-${String(1 + (i % 28)).padStart(2, '0')}`,
      participants: [fakeParticipant({ country: COUNTRIES[i % 5] })],
      user: { tags: i % 4 === 0 ? ['Quad'] : [], note: '', starred: false },
      capture: {
        capturedAt: `2026-01-${String(1 + (i % 20)).padStart(2, '0')}T00:00:00.000Z`,
        extractorVersion: '0.1.0',
        contentHash: `hash-${i}`,
        warnings: [],
        evidence: [],
      },
    }),
  );
}

async function repositoryWith(readouts: ReturnType<typeof fakeReadout>[]) {
  const repository = new ReadoutRepository(await openReadoutsDb(), { deviceId: 'test' });
  await repository.import(readouts);
  return repository;
}

const ids = (model: CollectionModel) => model.visible().map((readout) => readout.id);

/** A pause the test lets go of: the index build stops between slices until `release`. */
function heldPause() {
  let release: () => void = () => {};
  let paused = 0;
  const pause = () =>
    new Promise<void>((resolve) => {
      paused++;
      release = resolve;
    });
  return { pause, release: () => release(), paused: () => paused };
}

describe('opening a large collection', () => {
  beforeEach(freshIndexedDb);

  it('gives the first screen of the full list before reading the rest, ties whole', async () => {
    const repository = await repositoryWith(collection(300));
    const full = ids(await CollectionModel.load(repository));
    for (const sort of ['date-desc', 'date-asc', 'captured-desc'] as const) {
      const wholeOrder = ids(await CollectionModel.load(repository, sort));
      const model = await CollectionModel.open(repository, sort, { screen: 20 });
      expect(model.phase).toBe('loading');
      await vi.waitFor(() => expect(model.counted).toBe(300));
      const first = ids(model);
      expect(first.length).toBeGreaterThanOrEqual(20);
      expect(first.length).toBeLessThan(300);
      // A prefix of the full list: nothing missing in between, the same order.
      expect(first).toEqual(wholeOrder.slice(0, first.length));
      await model.loadRest();
      expect(ids(model)).toEqual(wholeOrder);
    }
    expect(full).toEqual(ids(await CollectionModel.load(repository, 'date-desc')));
  });

  it('opens a sort no index reads with nothing shown, then everything', async () => {
    const repository = await repositoryWith(collection(40));
    const model = await CollectionModel.open(repository, 'title', { screen: 10 });
    expect(ids(model)).toEqual([]);
    expect(model.waiting).toBe(true);
    await model.loadRest();
    expect(ids(model)).toEqual(ids(await CollectionModel.load(repository, 'title')));
  });

  it('holds a filter or another order given while loading until every readout is read', async () => {
    const repository = await repositoryWith(collection(200));
    const model = await CollectionModel.open(repository, 'date-desc', { screen: 20 });
    model.setFilters({ country: 'KR' });
    expect(model.waiting).toBe(true);
    expect(ids(model)).toEqual([]);
    await model.loadRest();
    expect(model.waiting).toBe(false);
    const whole = await CollectionModel.load(repository);
    whole.setFilters({ country: 'KR' });
    expect(ids(model)).toEqual(ids(whole));
    expect(ids(model).length).toBe(40);

    const sorted = await CollectionModel.open(repository, 'date-desc', { screen: 20 });
    sorted.setSort('date-asc');
    expect(ids(sorted)).toEqual([]);
  });

  it('makes a search typed while the index is built wait, then shows what a full build finds', async () => {
    const readouts = collection(1000);
    const repository = await repositoryWith(readouts);
    const held = heldPause();
    const model = await CollectionModel.open(repository, 'date-desc', { screen: 20, pause: held.pause });
    expect(model.phase).toBe('loading');
    await model.loadRest();
    let heard = 0;
    model.subscribe(() => heard++);
    const building = model.indexed();
    expect(model.phase).toBe('indexing');
    model.setFilters({ query: 'summit quad' });
    expect(model.waiting).toBe(true);
    expect(ids(model)).toEqual([]);
    while (model.phase === 'indexing') {
      held.release();
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    await building;
    expect(held.paused()).toBeGreaterThan(1);
    expect(model.phase).toBe('ready');
    expect(heard).toBe(2); // the search, and the index being ready
    const whole = await CollectionModel.load(repository);
    whole.setFilters({ query: 'summit quad' });
    expect(ids(model)).toEqual(ids(whole));
    expect(ids(model).length).toBeGreaterThan(0);
  });

  it('starts the index again when the readouts are reloaded while it is built', async () => {
    const repository = await repositoryWith(collection(900));
    const held = heldPause();
    const model = await CollectionModel.open(repository, 'date-desc', { screen: 20, pause: held.pause });
    await model.loadRest();
    const building = model.indexed();
    held.release();
    await new Promise((resolve) => setTimeout(resolve, 0));
    await repository.import([
      fakeReadout({ id: 'press-release-press4e_999999', title: 'Japan-Zambia Talks' }),
    ]);
    await model.reload();
    while (model.phase === 'indexing') {
      held.release();
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    await building;
    await model.indexed();
    model.setFilters({ query: 'zambia' });
    expect(ids(model)).toEqual(['press-release-press4e_999999']);
  });
});

describe('SearchIndex.buildInSlices', () => {
  const readouts = collection(120);
  const queries = ['summit', 'quad', 'japan-kr', 'talks 1', 'brazil', '"meeting summit"', 'au'];

  it('finds what a full build finds, for any slice size', async () => {
    const whole = SearchIndex.build(readouts);
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 130 }),
        fc.constantFrom(...queries),
        async (slice, query) => {
          const sliced = await SearchIndex.buildInSlices(readouts, { slice, pause: async () => {} });
          expect(sliced!.search(query)).toEqual(whole.search(query));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('gives up once the readouts it was given are stale', async () => {
    let slices = 0;
    const index = await SearchIndex.buildInSlices(readouts, {
      slice: 10,
      pause: async () => {
        slices++;
      },
      stale: () => slices === 3,
    });
    expect(index).toBeNull();
    expect(slices).toBe(3);
  });
});
