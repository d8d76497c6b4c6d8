// Imports readouts into a user's collection in batches through the storage push path.

import { describeMutation } from '@readouts/api';
import type { Readout, ReadoutContent } from '@readouts/schema';
import { createClock } from '@readouts/sync';
import type { Storage } from '../storage/types';
import { applyToRecord } from '../sync/reducer';
import { importClientId, readoutMutations } from './mutations';

const BATCH = 500;

/** Stores the readouts for `userId`; returns how many mutations were applied. */
export async function importReadouts(
  storage: Storage,
  userId: number,
  readouts: AsyncIterable<Readout | ReadoutContent> | Iterable<Readout | ReadoutContent>,
): Promise<number> {
  const clientId = importClientId();
  const clock = createClock(clientId);
  let id = 0;
  let applied = 0;
  let batch: ReturnType<typeof readoutMutations> = [];
  const flush = async () => {
    if (!batch.length) return;
    const outcome = await storage.push(userId, clientId, batch, applyToRecord, undefined, describeMutation);
    // Nothing of a refused batch was applied: stop rather than go on past a hole in the ids.
    if (outcome.refused) throw new Error(`import refused: ${outcome.refused.message}`);
    applied += outcome.applied;
    batch = [];
  };
  for await (const readout of readouts) {
    batch.push(...readoutMutations(readout, clock, () => ++id));
    if (batch.length >= BATCH) await flush();
  }
  await flush();
  return applied;
}
