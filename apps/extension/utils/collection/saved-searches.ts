// Saved searches: a named search and filters (the collection's URL without the open readout), kept
// in browser.storage.local on this device only; they are a way of working, not data, so they do
// not sync.
import { storage } from 'wxt/utils/storage';
import { z } from 'zod';
import { parseViewState, serialiseViewState, type ViewState } from './view-state';

export const MAX_SAVED_SEARCHES = 200;
export const MAX_SEARCH_NAME = 100;

export const SavedSearch = z.object({
  id: z.string().min(1),
  name: z.string().min(1).max(MAX_SEARCH_NAME),
  /** The query string of the view (`?q=Quad&country=KR`); '' is the whole collection. */
  view: z.string().max(5000),
  savedAt: z.string(),
});
export type SavedSearch = z.infer<typeof SavedSearch>;

/** Why a name was refused; the page says it in the UI language. */
export type SavedSearchProblem = 'empty' | 'tooLong' | 'taken' | 'full' | 'missing';

export class SavedSearchError extends Error {
  constructor(readonly problem: SavedSearchProblem) {
    super(`saved search: ${problem}`);
    this.name = 'SavedSearchError';
  }
}

/** Where the list is kept: one storage value, so a change is one write. */
export interface SavedSearchStorage {
  getValue(): Promise<unknown>;
  setValue(value: SavedSearch[]): Promise<void>;
}

export const savedSearchesItem: SavedSearchStorage = storage.defineItem<unknown>('local:savedSearches', {
  fallback: [],
});

const nameKey = (name: string) => name.normalize('NFKC').toLowerCase();

/** Saves, renames and deletes saved searches; a stored entry that does not parse is dropped, not fatal. */
export class SavedSearches {
  constructor(
    private readonly store: SavedSearchStorage = savedSearchesItem,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** The saved searches, in the order they were saved. */
  async list(): Promise<SavedSearch[]> {
    const stored = await this.store.getValue();
    if (!Array.isArray(stored)) return [];
    return stored.flatMap((entry) => {
      const parsed = SavedSearch.safeParse(entry);
      return parsed.success ? [parsed.data] : [];
    });
  }

  /** Saves a view under a new name; the open readout is not part of a search. */
  async save(name: string, view: ViewState): Promise<SavedSearch> {
    const list = await this.list();
    if (list.length >= MAX_SAVED_SEARCHES) throw new SavedSearchError('full');
    const entry: SavedSearch = {
      id: crypto.randomUUID(),
      name: checkName(name, list),
      view: serialiseViewState({ filters: view.filters, readout: null }),
      savedAt: this.now().toISOString(),
    };
    await this.store.setValue([...list, entry]);
    return entry;
  }

  async rename(id: string, name: string): Promise<SavedSearch> {
    const list = await this.list();
    const entry = list.find((search) => search.id === id);
    if (!entry) throw new SavedSearchError('missing');
    const renamed = { ...entry, name: checkName(name, list, id) };
    await this.store.setValue(list.map((search) => (search.id === id ? renamed : search)));
    return renamed;
  }

  async remove(id: string): Promise<void> {
    const list = await this.list();
    await this.store.setValue(list.filter((search) => search.id !== id));
  }
}

/** The view a saved search stands for (values no longer valid are left out, as in a URL). */
export function savedView(search: SavedSearch): ViewState {
  return parseViewState(search.view).state;
}

/** A trimmed name, unique (case and width folded) among the others. */
function checkName(name: string, list: readonly SavedSearch[], except?: string): string {
  const clean = name.trim().replace(/\s+/g, ' ');
  if (!clean) throw new SavedSearchError('empty');
  if (clean.length > MAX_SEARCH_NAME) throw new SavedSearchError('tooLong');
  if (list.some((search) => search.id !== except && nameKey(search.name) === nameKey(clean))) {
    throw new SavedSearchError('taken');
  }
  return clean;
}
