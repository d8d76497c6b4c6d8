// Where decisions sync reads and writes on this device: pairing decisions in the collection
// database's `bulk` store, person decisions in the analysis page's own database, and the round's
// progress in the sync database.
import { personDecisionWins, decisionKey as personKey } from '@readouts/analysis';
import { pairDecisionWins, decisionKey as pairKey } from '@readouts/bulk';
import { DecisionStore } from '../analysis/decision-store';
import { loadPairDecisions, mergePairDecisions } from '../db/bulk';
import type { ReadoutsDatabase } from '../db/open';
import { readValue, writeValue } from './db';
import type { DecisionsProgress, LocalDecisions } from './decisions';

const PROGRESS_KEY = 'decisions';

/** The saved progress (nothing synced yet: no cursor, nothing known). */
export const decisionsProgress = {
  load: () => readValue<DecisionsProgress>(PROGRESS_KEY, { cursor: null, known: {} }),
  save: (progress: DecisionsProgress) => writeValue(PROGRESS_KEY, progress),
};

/** Forgets the progress, so the next round sends every decision and pulls all of the server's. */
export const resetDecisionsProgress = () =>
  writeValue<DecisionsProgress>(PROGRESS_KEY, { cursor: null, known: {} });

/**
 * The device's decisions over its IndexedDB stores. The person store is opened for one round and
 * closed by `close`, so the worker holds no connection an analysis page could wait on.
 */
export async function openLocalDecisions(
  db: ReadoutsDatabase,
  deviceId: string,
): Promise<LocalDecisions & { close(): void }> {
  const people = await DecisionStore.open(deviceId);
  return {
    pairs: () => loadPairDecisions(db),
    people: () => people.all(),
    async merge(pairs, incoming) {
      let changed = false;
      if (pairs.length > 0) {
        const held = await loadPairDecisions(db);
        changed = pairs.some((d) => {
          const mine = held[pairKey(d.en, d.ja)];
          return !mine || pairDecisionWins(d, mine);
        });
        await mergePairDecisions(db, pairs);
      }
      if (incoming.length > 0) {
        const held = new Map((await people.all()).map((d) => [personKey(d), d]));
        if (
          incoming.some((d) => {
            const mine = held.get(personKey(d));
            return !mine || personDecisionWins(d, mine);
          })
        )
          changed = true;
        await people.merge(incoming);
      }
      return changed;
    },
    close: () => people.close(),
  };
}
