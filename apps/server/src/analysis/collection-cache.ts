// Something computed over a user's whole collection (its language pairs, its people), kept until
// the collection changes. A write anywhere (a push, a REST edit, an import by another process)
// moves the user's change head, and a device's pair or person decision the decision head, so
// comparing heads invalidates without any hook into the writers.
import type { Readout } from '@readouts/schema';
import { readUserDecisions, type UserDecisions } from '../storage/decisions-read';
import type { Storage } from '../storage/types';
import { collectReadouts } from './collection';

/** Users whose results are kept; the least recently used is dropped first. */
const MAX_USERS = 64;

interface Entry<T> {
  head: string;
  value: Promise<T>;
}

/** A per-user cache of `compute(collection, decisions)`, recomputed when either head moves. */
export interface CollectionCache<T> {
  get(userId: number): Promise<T>;
}

/**
 * @example
 * const pairs = collectionCache(storage, (readouts) => pairReadouts(readouts));
 * await pairs.get(userId); // computed once per change of the collection
 */
export function collectionCache<T>(
  storage: Storage,
  compute: (readouts: Readout[], decisions: UserDecisions) => T,
): CollectionCache<T> {
  const entries = new Map<number, Entry<T>>();
  return {
    async get(userId) {
      const head = `${await storage.changeHead(userId)}:${await storage.decisionHead(userId)}`;
      const cached = entries.get(userId);
      entries.delete(userId);
      if (cached && cached.head === head) {
        entries.set(userId, cached);
        return cached.value;
      }
      // Concurrent requests at one head share the one computation.
      const value = Promise.all([collectReadouts(storage, userId), readUserDecisions(storage, userId)]).then(
        ([readouts, decisions]) => compute(readouts, decisions),
      );
      entries.set(userId, { head, value });
      value.catch(() => {
        if (entries.get(userId)?.value === value) entries.delete(userId);
      });
      while (entries.size > MAX_USERS) entries.delete(entries.keys().next().value!);
      return value;
    },
  };
}
