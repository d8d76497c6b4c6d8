import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { freshIndexedDb } from '../../__tests__/factories';
import { closeDb } from '../../db/open';
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
});
