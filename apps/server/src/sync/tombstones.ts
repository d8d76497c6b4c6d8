// Tombstone collection as the server runs it: once from `readouts gc`, and every few hours while
// serving. Deleted records older than the horizon are removed (storage/gc.ts); a device whose
// cursor is older than that is told to pull everything again, so no delete is ever missed.
import type { Logger } from '../http/logger';
import type { Storage } from '../storage/types';

const DAY_MS = 86_400_000;

/** The ISO time before which tombstones are collected: `horizonDays` before `nowMs`. */
export const tombstoneCutoff = (nowMs: number, horizonDays: number): string =>
  new Date(nowMs - horizonDays * DAY_MS).toISOString();

/** Collects every user's tombstones older than the horizon. */
export function collectOldTombstones(storage: Storage, horizonDays: number, nowMs = Date.now()) {
  return storage.collectTombstones(tombstoneCutoff(nowMs, horizonDays));
}

/**
 * Runs a collection every `intervalMinutes` (none for 0) until the returned stop is called; the
 * first a minute after start, so a server starting does not wait behind it. A failed run is
 * logged and tried again at the next interval. `stop` waits for a run in progress.
 */
export function scheduleTombstoneCollection(
  storage: Storage,
  options: { horizonDays: number; intervalMinutes: number },
  log: Logger,
): () => Promise<void> {
  if (options.intervalMinutes <= 0) return async () => {};
  let running: Promise<void> = Promise.resolve();
  const run = () => {
    running = running.then(async () => {
      try {
        const counts = await collectOldTombstones(storage, options.horizonDays);
        if (counts.records > 0)
          log.info('tombstones collected', { ...counts, horizonDays: options.horizonDays });
      } catch (error) {
        log.error('tombstone collection failed', { error: (error as Error).message });
      }
    });
  };
  const first = setTimeout(run, Math.min(60_000, options.intervalMinutes * 60_000));
  const timer = setInterval(run, options.intervalMinutes * 60_000);
  first.unref();
  timer.unref();
  return async () => {
    clearTimeout(first);
    clearInterval(timer);
    await running;
  };
}
