// WAL checkpoints of the SQLite backend, off the push's commit path. SQLite's own checkpoint runs
// inside the commit that fills the WAL past a threshold (1,000 pages by default: about every push
// of 500 captures), writing and fsyncing the database file before the push is acknowledged. Here
// the writer's threshold is raised to a bound, and a PASSIVE checkpoint runs after pushes: in the
// maintenance thread when there is one, else on the main connection once writes pause.
import type { WalState } from './sqlite-fts-merge';
import type { StorageLog } from './types';

/**
 * The writer's own checkpoint threshold, in pages (40 MB at 4 KB): the WAL's bound when the
 * checkpoints after pushes do not keep up (a long read holding an old snapshot, a busy thread) or
 * never get a turn (a caller pushing in a loop that never yields, as `readouts import` does).
 */
export const WAL_BOUND_PAGES = 10_000;
/** Without a thread: how long writes must pause before the main connection checkpoints. */
const IDLE_MS = 50;

export interface CheckpointSchedule {
  /** Notes a committed write; a checkpoint follows. */
  wrote(): void;
  /** Waits for a checkpoint under way, and schedules no more. */
  stop(): Promise<void>;
}

/** Runs `checkpoint` after writes: at once when `threaded` (one at a time), else after a pause. */
export function scheduleCheckpoints(
  checkpoint: () => Promise<WalState>,
  threaded: boolean,
  log: StorageLog,
): CheckpointSchedule {
  let running: Promise<void> | null = null;
  let again = false;
  let stopped = false;
  let timer: NodeJS.Timeout | null = null;

  const run = () => {
    timer = null;
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    again = false;
    running = checkpoint()
      .then(
        () => {},
        (error) => log.error('WAL checkpoint failed', { error: String(error) }),
      )
      .finally(() => {
        running = null;
        if (again) run();
      });
  };

  return {
    wrote() {
      if (stopped) return;
      if (threaded) {
        run();
        return;
      }
      if (timer) clearTimeout(timer);
      timer = setTimeout(run, IDLE_MS);
      timer.unref();
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
