// How far decisions sync got on this device, in the sync database: the cursor of the last answer
// merged, and per decision the stamp the server is known to hold (see decisions.ts).
import { readValue, writeValue } from './db';
import type { DecisionsProgress } from './decisions';

const PROGRESS_KEY = 'decisions';
const NOTHING_SYNCED: DecisionsProgress = { cursor: null, known: {} };

/** The saved progress (nothing synced yet: no cursor, nothing known). */
export const decisionsProgress = {
  load: () => readValue<DecisionsProgress>(PROGRESS_KEY, NOTHING_SYNCED),
  save: (progress: DecisionsProgress) => writeValue(PROGRESS_KEY, progress),
};

/**
 * Forgets the progress, so the next round sends every decision and pulls all of the server's:
 * for another server or token, and for "Pull everything again" after a server restore.
 */
export const resetDecisionsProgress = (): Promise<void> => writeValue(PROGRESS_KEY, NOTHING_SYNCED);
