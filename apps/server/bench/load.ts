// Fills a bench store with one size's readouts: the measured user and the others, each through
// the storage layer's own push (batches of 500), followed by the tags some readouts carry.
import { createUserWithToken } from '../src/auth/accounts';
import { applyToRecord } from '../src/sync/reducer';
import { benchCaptures, benchTags, random } from './data';
import type { BenchSize } from './sizes';
import type { BenchStore } from './stores';

const BATCH = 500;

/** The measured user's token, and how long the whole load took (its optimize included). */
export interface LoadedSize {
  token: string;
  seconds: number;
}

/** Pushes `count` readouts (and their tags) for `userId`, generated from `seed`. */
async function loadUser(store: BenchStore, userId: number, count: number, seed: number): Promise<void> {
  const rand = random(seed);
  for (let i = 0; i < count; i += BATCH) {
    const to = Math.min(count, i + BATCH);
    await store.storage.push(userId, 'loader', benchCaptures(i, to, 'loader', rand), applyToRecord);
  }
  const tags = benchTags(0, count, 'loader', count + 1);
  for (let i = 0; i < tags.length; i += BATCH)
    await store.storage.push(userId, 'loader', tags.slice(i, i + BATCH), applyToRecord);
}

/** Loads `size` into `store`: the measured user first (seed 2, as the bench always had), then the rest. */
export async function loadSize(store: BenchStore, size: BenchSize): Promise<LoadedSize> {
  const start = performance.now();
  const { user, token } = await createUserWithToken(store.storage, 'query-bench');
  await loadUser(store, user.id, size.measured, 2);
  for (let n = 1; n < size.users; n++) {
    const other = await createUserWithToken(store.storage, `other-${n}`);
    const count = Math.min(size.measured, size.total - n * size.measured);
    await loadUser(store, other.user.id, count, 100 + n);
  }
  // What `readouts import` does after a bulk load: SQLite merges its full-text index (as the server
  // does by itself after bulk writes, sqlite-fts-merge.ts), PostgreSQL vacuums the GIN pending list.
  await store.storage.optimize();
  return { token, seconds: (performance.now() - start) / 1000 };
}
