import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { noFilters } from '../filters';
import { SavedSearchError, SavedSearches, savedSearchesItem, savedView } from '../saved-searches';

const view = (patch: Partial<ReturnType<typeof noFilters>>, readout: string | null = null) => ({
  filters: { ...noFilters(), ...patch },
  readout,
});

const problemOf = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => (error instanceof SavedSearchError ? error.problem : error),
  );

describe('SavedSearches', () => {
  beforeEach(() => fakeBrowser.reset());

  it('saves a view without its open readout, in browser.storage.local, and runs it back', async () => {
    const searches = new SavedSearches(savedSearchesItem, () => new Date('2026-12-07T09:00:00Z'));
    const saved = await searches.save('  Korea   calls ', view({ country: 'KR', format: 'telephone' }, 'r1'));
    expect(saved).toMatchObject({ name: 'Korea calls', view: '?country=KR&format=telephone' });
    expect(await fakeBrowser.storage.local.get('savedSearches')).toEqual({ savedSearches: [saved] });
    expect(savedView((await new SavedSearches().list())[0]!)).toEqual(
      view({ country: 'KR', format: 'telephone' }),
    );
  });

  it('keeps the order saved, renames and deletes', async () => {
    const searches = new SavedSearches();
    const a = await searches.save('A', view({ query: 'Quad' }));
    const b = await searches.save('B', view({ tag: 'G7' }));
    await searches.rename(a.id, 'Quad search');
    expect((await searches.list()).map((s) => s.name)).toEqual(['Quad search', 'B']);
    await searches.remove(b.id);
    expect((await searches.list()).map((s) => s.name)).toEqual(['Quad search']);
  });

  it('refuses an empty, too long or taken name and changes nothing', async () => {
    const searches = new SavedSearches();
    const quad = await searches.save('Quad', view({ query: 'Quad' }));
    const other = await searches.save('Other', view({}));
    expect(await problemOf(searches.save('   ', view({})))).toBe('empty');
    expect(await problemOf(searches.save('x'.repeat(101), view({})))).toBe('tooLong');
    expect(await problemOf(searches.save('ＱＵＡＤ', view({})))).toBe('taken');
    expect(await problemOf(searches.rename(other.id, 'quad'))).toBe('taken');
    expect(await problemOf(searches.rename('gone', 'New'))).toBe('missing');
    // Renaming to its own name in another case is allowed.
    expect((await searches.rename(quad.id, 'QUAD')).name).toBe('QUAD');
    expect((await searches.list()).map((s) => s.name)).toEqual(['QUAD', 'Other']);
  });

  it('drops stored entries that do not parse instead of failing', async () => {
    await fakeBrowser.storage.local.set({
      savedSearches: [{ id: 'x', name: 'Good', view: '?tag=G7', savedAt: '2026-01-01' }, { name: 42 }, null],
    });
    expect((await new SavedSearches().list()).map((s) => s.name)).toEqual(['Good']);
    await fakeBrowser.storage.local.set({ savedSearches: 'not a list' });
    expect(await new SavedSearches().list()).toEqual([]);
  });
});
