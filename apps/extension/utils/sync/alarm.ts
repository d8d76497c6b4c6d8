// The periodic sync alarm: every five minutes by default, the one trigger that brings in other
// devices' changes while no page is opened or focused. Its period is a stored number so a test
// (or an impatient user, from the console) can make an unpacked build sync every few seconds;
// Chrome holds a packed build to at least 30 s.
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';

export const SYNC_ALARM = 'readouts-sync';
export const DEFAULT_PERIOD_SECONDS = 300;

/** Seconds between periodic rounds (chrome.storage.local `syncPeriodSeconds`). */
export const syncPeriodSeconds = storage.defineItem<number>('local:syncPeriodSeconds', {
  fallback: DEFAULT_PERIOD_SECONDS,
});

/** A usable period in minutes: a stored value that is not a positive number counts as unset. */
function periodMinutes(seconds: unknown): number {
  const valid = typeof seconds === 'number' && Number.isFinite(seconds) && seconds > 0;
  return (valid ? seconds : DEFAULT_PERIOD_SECONDS) / 60;
}

/**
 * Makes sure the alarm exists with the stored period. Left alone when it already has it:
 * re-creating it each time the worker wakes would keep pushing the first firing back.
 */
export async function scheduleSyncAlarm(): Promise<void> {
  const period = periodMinutes(await syncPeriodSeconds.getValue());
  const alarm = await browser.alarms.get(SYNC_ALARM);
  if (alarm?.periodInMinutes === period) return;
  await browser.alarms.create(SYNC_ALARM, { periodInMinutes: period, delayInMinutes: period });
}

/** Re-schedules the alarm whenever the stored period changes; returns a function that stops it. */
export function followSyncPeriod(): () => void {
  return syncPeriodSeconds.watch(() => void scheduleSyncAlarm().catch(() => {}));
}
