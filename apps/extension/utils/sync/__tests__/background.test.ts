import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { freshIndexedDb } from '../../__tests__/factories';
import { closeDb } from '../../db/open';
import { syncPeriodSeconds } from '../alarm';
import { startSync } from '../background';
import { closeSyncDb } from '../db';
import { sendSyncMessage } from '../messages';
import { loadStatus } from '../status';

describe('startSync', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await closeDb();
    await closeSyncDb();
    freshIndexedDb();
  });

  it('answers "Sync now" and reports that sync is not set up', async () => {
    startSync();
    expect((await sendSyncMessage('sync/now')).state).toBe('off');
    expect((await loadStatus()).state).toBe('off');
  });

  it('schedules the periodic alarm once, however often the worker starts', async () => {
    startSync();
    await expect.poll(() => fakeBrowser.alarms.get('readouts-sync')).toBeTruthy();
    const first = await fakeBrowser.alarms.get('readouts-sync');
    await new Promise((resolve) => setTimeout(resolve, 5));
    startSync();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect((await fakeBrowser.alarms.get('readouts-sync'))?.scheduledTime).toBe(first?.scheduledTime);
    expect(first?.periodInMinutes).toBe(5);
  });

  it('follows the stored period, so a test build can sync every few seconds', async () => {
    startSync();
    await expect.poll(async () => (await fakeBrowser.alarms.get('readouts-sync'))?.periodInMinutes).toBe(5);
    await syncPeriodSeconds.setValue(2);
    await expect
      .poll(async () => (await fakeBrowser.alarms.get('readouts-sync'))?.periodInMinutes)
      .toBe(2 / 60);
    // Nonsense stored by hand falls back to five minutes rather than an alarm that never fires.
    await syncPeriodSeconds.setValue(-1);
    await expect.poll(async () => (await fakeBrowser.alarms.get('readouts-sync'))?.periodInMinutes).toBe(5);
  });

  it("tells every page's status line when a page's edit reaches it", async () => {
    startSync();
    const heard: unknown[] = [];
    const pages = new BroadcastChannel('readouts:sync-status');
    pages.onmessage = (event) => heard.push(event.data);
    const page = new BroadcastChannel('readouts:changes');
    page.postMessage({ ids: ['press-release-press4e_000001'] });
    try {
      await expect.poll(() => heard.length).toBeGreaterThan(0);
    } finally {
      page.close();
      pages.close();
    }
  });
});
