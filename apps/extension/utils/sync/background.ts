// Sync in the background worker: the scheduler, its triggers (alarm, browser startup, local
// changes, messages from pages) and a watch on the outbox for changes made in this worker.
import { browser } from 'wxt/browser';
import { getDb } from '../db/open';
import { answerSyncMessages } from './messages';
import { autoSyncAllowed, reportSyncFailure, runSyncRound } from './runner';
import { SyncScheduler } from './scheduler';
import { loadStatus } from './status';

const ALARM = 'readouts-sync';
const PERIOD_MINUTES = 5;
const OUTBOX_POLL_MS = 2_000;

/** Starts background sync; call once, synchronously, when the worker starts. */
export function startSync(): SyncScheduler {
  const scheduler = new SyncScheduler({
    // Any extension API call counts as activity, so a long first sync keeps the worker alive.
    round: () => runSyncRound({ onProgress: () => void browser.runtime.getPlatformInfo() }),
    allowed: autoSyncAllowed,
    failed: reportSyncFailure,
  });

  // Created once: re-creating it each time the worker wakes would keep pushing the first firing back.
  void browser.alarms.get(ALARM).then((alarm) => {
    if (!alarm) return browser.alarms.create(ALARM, { periodInMinutes: PERIOD_MINUTES });
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM) void scheduler.request('alarm');
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

  // Captures happen in this worker; a growing outbox (or one left over when the worker last
  // stopped) means there is something to push.
  let seen = 0;
  const watch = async () => {
    const pending = await (await getDb()).count('outbox');
    if (pending > seen) void scheduler.request('change');
    seen = pending;
  };
  void watch().catch(() => {});
  setInterval(() => void watch().catch(() => {}), OUTBOX_POLL_MS);
  return scheduler;
}
