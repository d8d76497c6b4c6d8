// When to refresh the query planner's statistics: after bulk writes and now and then. Both
// planners choose between walking a sort index and starting from a filter's or a search's rows
// by how many rows they expect; statistics of an empty table make them choose wrong for good.
import type { Storage, StorageLog } from './types';

/** Records written since the last refresh that call for one, at the least. */
export const ANALYZE_AFTER_ROWS = 1000;
/** ... and as a share of the records written before it, so a big collection is not re-read often. */
const ANALYZE_GROWTH = 0.25;
/** A refresh at this interval when anything was written since the last one. */
export const ANALYZE_EVERY_MS = 6 * 60 * 60 * 1000;

export interface AnalyzeOptions {
  /** Default ANALYZE_AFTER_ROWS. */
  afterRows?: number;
  /** Default ANALYZE_EVERY_MS. */
  everyMs?: number;
  log: StorageLog;
}

/** Counts writes and runs `refresh` (outside the writer's transaction) when they call for it. */
export interface AnalyzeSchedule {
  /** Notes `rows` records written by a committed transaction. */
  wrote(rows: number): void;
  /** Waits for a refresh under way, and stops the interval. */
  stop(): Promise<void>;
}

/** `refresh` is told, through its signal, when the storage closes, so a long one can stop early. */
export function scheduleAnalyze(
  refresh: (signal: AbortSignal) => Promise<void>,
  options: AnalyzeOptions,
): AnalyzeSchedule {
  const afterRows = options.afterRows ?? ANALYZE_AFTER_ROWS;
  let pending = 0;
  let analyzed = 0;
  let running: Promise<void> | null = null;
  let stopped = false;
  const closing = new AbortController();

  const run = (reason: string) => {
    if (running || stopped || pending === 0) return;
    const rows = pending;
    pending = 0;
    running = (async () => {
      try {
        await refresh(closing.signal);
        analyzed += rows;
        options.log.info('planner statistics refreshed', { reason, rows });
      } catch (error) {
        pending += rows;
        options.log.error('planner statistics refresh failed', { reason, error: String(error) });
      } finally {
        running = null;
      }
    })();
  };
  const timer = setInterval(() => run('interval'), options.everyMs ?? ANALYZE_EVERY_MS);
  timer.unref();

  return {
    wrote(rows) {
      if (rows <= 0) return;
      pending += rows;
      // After the caller's commit: the refresh reads what the transaction wrote.
      if (pending >= Math.max(afterRows, analyzed * ANALYZE_GROWTH)) setImmediate(() => run('bulk write'));
    },
    async stop() {
      stopped = true;
      closing.abort();
      clearInterval(timer);
      await running;
    },
  };
}

/**
 * `storage` with its planner statistics refreshed by `refresh` as its pushes call for it; closing
 * it waits for a refresh under way.
 */
export function analyzedAfterWrites(
  storage: Storage,
  refresh: (signal: AbortSignal) => Promise<void>,
  options: AnalyzeOptions,
): Storage {
  const schedule = scheduleAnalyze(refresh, options);
  return {
    ...storage,
    async push(...args) {
      const outcome = await storage.push(...args);
      schedule.wrote(outcome.applied);
      return outcome;
    },
    async close() {
      await schedule.stop();
      await storage.close();
    },
  };
}
