// The collection page's state: readouts in memory, the search index, filters, sort and selection.
import type { Readout, UserFields } from '@readouts/schema';
import type { ImportOutcome, ReadoutRepository } from '../db/readouts';
import type { SortKey } from '../storage';
import { type Filters, noFilters, passes, sortReadouts } from './filters';
import { PeopleIndex } from './people';
import { SearchIndex } from './search-index';

type Listener = () => void;

/** How many readouts the first screen reads before the rest: more rows than any window shows. */
export const FIRST_SCREEN = 80;
/** Readouts indexed between two pauses: a few milliseconds of work, so typing stays smooth. */
const INDEX_SLICE = 400;

/** Where the collection is in opening: its readouts being read, the search index built, or ready. */
export type LoadPhase = 'loading' | 'indexing' | 'ready';

/** Gives the event loop a turn (input, paint) between two slices of work. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

const sameFilters = (a: Filters, b: Filters) => JSON.stringify(a) === JSON.stringify(b);

/** Holds what the collection page shows and applies user actions to IndexedDB and memory alike. */
export class CollectionModel {
  private readonly readouts = new Map<string, Readout>();
  /** Built on first need (a search, or `prepareSearch` once the page has drawn); null when stale. */
  private index: SearchIndex | null = null;
  /** The people registry for the participant filter, built on first need; null when stale. */
  private peopleIndex: PeopleIndex | null = null;
  private sorted: Readout[] | null = null;
  private visibleCache: Readout[] | null = null;
  private readonly listeners = new Set<Listener>();
  filters: Filters = noFilters();
  sort: SortKey;
  selectedId: string | null = null;
  /** Goes up whenever readouts are added, changed or removed (not on filter or sort changes). */
  dataVersion = 0;
  /** False while only the first screen is in memory (see `open`). */
  private complete = true;
  /** The order the first screen was read in; only the unfiltered list in it can be shown early. */
  private firstScreenSort: SortKey | null = null;
  /** How many readouts the database holds, known before they are all read (null until counted). */
  private stored: number | null = null;
  /** Set by `open`: the index is built in slices with this pause between them, not on first use. */
  private slicedIndex: (() => Promise<void>) | null = null;
  /** The build in slices under way: a search waits for it rather than find a part. */
  private building: Promise<void> | null = null;
  /** Goes up whenever the index is dropped, so a build in slices knows it is out of date. */
  private indexEpoch = 0;

  constructor(
    readouts: readonly Readout[],
    private readonly repository: ReadoutRepository,
    sort: SortKey = 'date-desc',
  ) {
    for (const readout of readouts) this.readouts.set(readout.id, readout);
    this.sort = sort;
  }

  /** Loads every readout from the repository. */
  static async load(repository: ReadoutRepository, sort?: SortKey): Promise<CollectionModel> {
    return new CollectionModel(await repository.all(), repository, sort);
  }

  /**
   * Opens with the first screen only: the readouts that come first in `sort`, read from an index,
   * so rows show before the collection is read (`loadRest`) and indexed, a slice at a time with
   * `pause` between slices (`indexed`). A sort no index reads (title) opens empty, still loading.
   */
  static async open(
    repository: ReadoutRepository,
    sort: SortKey = 'date-desc',
    options: { screen?: number; pause?: () => Promise<void> } = {},
  ): Promise<CollectionModel> {
    // Counting walks the whole store (hundreds of milliseconds at 10,000): the rows do not wait.
    const counted = repository.count();
    const first = await repository.firstScreen(sort, options.screen ?? FIRST_SCREEN);
    const model = new CollectionModel(first ?? [], repository, sort);
    model.complete = false;
    model.slicedIndex = options.pause ?? nextTask;
    model.firstScreenSort = first ? sort : null;
    void counted.then((stored) => {
      model.stored = stored;
      if (!model.complete) model.changed({ resort: false, keepList: true });
    });
    return model;
  }

  /** Reads every readout after `open`, then starts the index; nothing to do when all are read. */
  async loadRest(): Promise<void> {
    if (this.complete) return;
    const readouts = await this.repository.all();
    this.readouts.clear();
    for (const readout of readouts) this.readouts.set(readout.id, readout);
    this.complete = true;
    this.dropIndex();
    this.changed({ resort: true, data: true });
  }

  /** Resolves once the search index is built (at once when no build in slices is under way). */
  indexed(): Promise<void> {
    return this.building ?? Promise.resolve();
  }

  /**
   * Builds the search index a slice at a time, starting again when the readouts change
   * meanwhile; listeners hear once it is built, so a search typed meanwhile shows.
   */
  private async buildInSlices(pause: () => Promise<void>): Promise<void> {
    for (;;) {
      const epoch = this.indexEpoch;
      const index = await SearchIndex.buildInSlices([...this.readouts.values()], {
        slice: INDEX_SLICE,
        pause,
        stale: () => this.indexEpoch !== epoch,
      });
      if (index && this.indexEpoch === epoch) {
        this.index = index;
        break;
      }
    }
    this.building = null;
    this.changed({ resort: false });
  }

  /** Reading the readouts, building the index, or ready for any search and filter. */
  get phase(): LoadPhase {
    if (!this.complete) return 'loading';
    return this.building ? 'indexing' : 'ready';
  }

  /**
   * True when the list the filters ask for cannot be shown yet: any filter or another order
   * before every readout is read, a search while the index is built. `visible()` is then empty
   * (the page says why) rather than a part passed off as the answer.
   */
  get waiting(): boolean {
    if (!this.complete) return !sameFilters(this.filters, noFilters()) || this.sort !== this.firstScreenSort;
    return this.building !== null && this.filters.query.trim() !== '';
  }

  /**
   * How many readouts the collection holds; while loading, as many as the database counted (null
   * until it has).
   */
  get total(): number {
    return this.complete ? this.readouts.size : (this.stored ?? this.readouts.size);
  }

  /** While loading: how many readouts the database holds, once counted. */
  get counted(): number | null {
    return this.complete ? this.readouts.size : this.stored;
  }

  all(): Readout[] {
    return [...this.readouts.values()];
  }

  get(id: string): Readout | undefined {
    return this.readouts.get(id);
  }

  /** The readouts passing search and filters, in the chosen order. */
  visible(): Readout[] {
    if (this.visibleCache) return this.visibleCache;
    if (this.waiting) {
      this.visibleCache = [];
      return this.visibleCache;
    }
    this.sorted ??= sortReadouts(this.all(), this.sort);
    const matches = this.filters.query.trim() ? this.prepareSearch().search(this.filters.query) : null;
    const person = this.filters.participant;
    const withParticipant = person ? this.people().readoutsOf(person) : null;
    this.visibleCache = this.sorted.filter((readout) =>
      passes(readout, this.filters, matches, withParticipant),
    );
    return this.visibleCache;
  }

  /** Builds the search index if it is not built yet (once per load, import or reload). */
  prepareSearch(): SearchIndex {
    this.index ??= SearchIndex.build(this.readouts.values());
    return this.index;
  }

  /** The collection's people (for the participant filter), rebuilt after the readouts change. */
  people(): PeopleIndex {
    this.peopleIndex ??= PeopleIndex.build(this.all());
    return this.peopleIndex;
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  setFilters(patch: Partial<Filters>): void {
    this.filters = { ...this.filters, ...patch };
    this.changed({ resort: false });
  }

  setSort(sort: SortKey): void {
    this.sort = sort;
    this.changed({ resort: true });
  }

  /** Shows another view at once (from the URL, back/forward or a saved search): one redraw. */
  setView(filters: Filters, selectedId: string | null): void {
    this.filters = filters;
    this.selectedId = selectedId;
    this.changed({ resort: false });
  }

  select(id: string | null): void {
    this.selectedId = id;
    this.changed({ resort: false, keepList: true });
  }

  /** Changes tags, note or star, in the database and on screen. */
  async updateUser(id: string, fields: Partial<UserFields>): Promise<void> {
    const readout = await this.repository.updateUser(id, fields);
    this.readouts.set(id, readout);
    this.changed({ resort: true, data: true });
  }

  /** Deletes a readout; the returned function undoes the deletion. */
  async remove(id: string): Promise<() => Promise<void>> {
    const removed = await this.repository.delete(id);
    this.readouts.delete(id);
    if (this.selectedId === id) this.selectedId = null;
    this.changed({ resort: true, data: true });
    return async () => {
      if (!removed) return;
      await this.repository.restore(removed);
      this.readouts.set(id, removed);
      this.selectedId = id;
      this.changed({ resort: true, data: true });
    };
  }

  /** Shows readouts already written by a batch edit (or its undo), and drops those it deleted. */
  showWritten(written: readonly Readout[], removed: readonly string[] = []): void {
    for (const readout of written) this.readouts.set(readout.id, readout);
    for (const id of removed) this.readouts.delete(id);
    if (this.selectedId && !this.readouts.has(this.selectedId)) this.selectedId = null;
    this.changed({ resort: true, data: true });
  }

  /** Reloads every readout after changes made elsewhere (popup, shortcut, sync); the index follows. */
  async reload(): Promise<void> {
    const readouts = await this.repository.all();
    this.readouts.clear();
    for (const readout of readouts) this.readouts.set(readout.id, readout);
    this.complete = true;
    this.dropIndex();
    if (this.selectedId && !this.readouts.has(this.selectedId)) this.selectedId = null;
    this.changed({ resort: true, data: true });
  }

  /** Imports validated readouts; the search index is rebuilt on its next use. */
  async import(readouts: Readout[]): Promise<ImportOutcome> {
    const outcome = await this.repository.import(readouts);
    for (const readout of readouts) this.readouts.set(readout.id, readout);
    this.dropIndex();
    this.changed({ resort: true, data: true });
    return outcome;
  }

  /** Forgets the index; a model opened with `open` starts building it again (in slices) at once. */
  private dropIndex(): void {
    this.index = null;
    this.indexEpoch++;
    if (this.slicedIndex) this.building ??= this.buildInSlices(this.slicedIndex);
  }

  private changed(options: { resort: boolean; keepList?: boolean; data?: boolean }): void {
    if (options.data) {
      this.dataVersion++;
      this.peopleIndex = null;
    }
    if (options.resort) this.sorted = null;
    if (!options.keepList) this.visibleCache = null;
    for (const listener of this.listeners) listener();
  }
}
