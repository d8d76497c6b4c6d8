// Sync in the background worker: the scheduler, its triggers (alarm, browser startup, local
// changes, messages from pages) and a watch on the outbox for changes made in this worker.
import { browser } from 'wxt/browser';
import { onReadoutsChanged } from '../db/changes';
import { getDb } from '../db/open';
import { followSyncPeriod, SYNC_ALARM, scheduleSyncAlarm } from './alarm';
import { answerSyncMessages } from './messages';
import { autoSyncAllowed, reportSyncFailure, runSyncRound } from './runner';
import { SyncScheduler } from './scheduler';
import { loadStatus } from './status';
import { announceSyncStatus } from './status-signal';

const OUTBOX_POLL_MS = 2_000;
/** A local change is pushed this long after the last of a burst (typing tags, a batch edit). */
export const CHANGE_DEBOUNCE_MS = 2_000;

/** Starts background sync; call once, synchronously, when the worker starts. */
export function startSync(): SyncScheduler {
  const scheduler = new SyncScheduler({
    // Any extension API call counts as activity, so a long first sync keeps the worker alive.
    round: () => runSyncRound({ onProgress: () => void browser.runtime.getPlatformInfo() }),
    allowed: autoSyncAllowed,
    failed: reportSyncFailure,
    debounceMs: CHANGE_DEBOUNCE_MS,
  });

  void scheduleSyncAlarm().catch(() => {});
  followSyncPeriod();
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === SYNC_ALARM) void scheduler.request('alarm');
  });
  browser.runtime.onStartup.addListener(() => void scheduler.request('startup'));
  answerSyncMessages({
    'sync/now': async () => {
      await scheduler.request('manual');
      return loadStatus();
    },
    'sync/changed': async () => {
      await scheduler.request('change');
      return null;
    },
    // Not awaited: the page wants fresh records, not to wait for them to answer.
    'sync/focus': async () => {
      void scheduler.request('focus');
      return null;
    },
  });

  // A page's edit (or import) reached this worker: sync soon, and let every page's status line
  // count it as pending now, the page that made it included (it never hears its own announcement).
  onReadoutsChanged(() => {
    announceSyncStatus();
    void scheduler.request('change');
  });

  // Captures happen in this worker; a growing outbox (or one left over when the worker last
  // stopped) means there is something to push.
  let seen = 0;
  const watch = async () => {
    const pending = await (await getDb()).count('outbox');
    if (pending > seen) {
      announceSyncStatus();
      void scheduler.request('change');
    }
    seen = pending;
  };
  void watch().catch(() => {});
  setInterval(() => void watch().catch(() => {}), OUTBOX_POLL_MS);
  return scheduler;
}
