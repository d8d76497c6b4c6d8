// The decisions step of a sync round, run after the readouts are pushed and pulled. It never fails
// the round: a server without decisions sync, or one failing just this call, leaves the readouts
// synced and the decisions to the next round, which sends whatever was not answered.
import { getDb } from '../db/open';
import { type DecisionsReport, syncDecisions } from './decisions';
import { openLocalDecisions } from './decisions-local';
import { decisionsProgress } from './decisions-progress';
import { announceDecisionsChanged } from './decisions-signal';
import { createDecisionsTransport } from './decisions-transport';
import type { TransportOptions } from './transport';

/** The outcome of the step: its report, or the error it stopped at (already logged). */
export type DecisionsOutcome = { ok: true; report: DecisionsReport } | { ok: false; error: unknown };

/** Syncs this device's decisions with the server; resolves whatever happens. */
export async function runDecisionsRound(
  server: TransportOptions,
  deviceId: string,
): Promise<DecisionsOutcome> {
  let changed = false;
  try {
    const local = await openLocalDecisions(await getDb(), deviceId);
    try {
      const report = await syncDecisions({
        local: {
          ...local,
          merge: async (pairs, people) => {
            const merged = await local.merge(pairs, people);
            changed ||= merged;
            return merged;
          },
        },
        send: createDecisionsTransport(server),
        progress: decisionsProgress,
      });
      return { ok: true, report };
    } finally {
      local.close();
    }
  } catch (error) {
    console.warn('readouts: decisions sync failed; the next round tries again', error);
    return { ok: false, error };
  } finally {
    // Also after a failure: the answers merged before it are on this device.
    if (changed) announceDecisionsChanged();
  }
}
