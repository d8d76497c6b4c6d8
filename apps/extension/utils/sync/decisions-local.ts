// Where decisions sync reads and writes on this device: pairing decisions in the collection
// database's `bulk` store, person decisions in the analysis page's own database (the round's
// progress is in decisions-progress.ts).
import { personDecisionWins, decisionKey as personKey } from '@readouts/analysis';
import { pairDecisionWins, decisionKey as pairKey } from '@readouts/bulk';
import { DecisionStore } from '../analysis/decision-store';
import { loadPairDecisions, mergePairDecisions } from '../db/bulk';
import type { ReadoutsDatabase } from '../db/open';
import type { LocalDecisions } from './decisions';

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
