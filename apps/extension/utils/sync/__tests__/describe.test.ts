import { describe, expect, it } from 'vitest';
import { describeStatus } from '../describe';
import { INITIAL_STATUS, type SyncStatus } from '../status';

const now = Date.parse('2026-11-27T06:30:00Z');
const status = (patch: Partial<SyncStatus>): SyncStatus => ({ ...INITIAL_STATUS, ...patch });

describe('describeStatus', () => {
  it('shows first-sync progress', () => {
    expect(describeStatus(status({ state: 'syncing', firstSync: true, pulled: 1200 }), 0, now)).toBe(
      'Syncing… 1,200 readouts pulled · no changes pending',
    );
  });

  it('shows the last sync and the pending changes', () => {
    const synced = status({ state: 'idle', lastSyncAt: '2026-11-27T06:25:00Z' });
    expect(describeStatus(synced, 3, now)).toBe('Synced 5 min ago · 3 changes pending');
  });

  it('shows the last error, the planned retry and the last good sync', () => {
    const retrying = status({
      state: 'retrying',
      lastError: 'Cannot reach the sync server; will retry.',
      nextRetryAt: '2026-11-27T06:31:00Z',
      lastSyncAt: '2026-11-27T04:00:00Z',
    });
    expect(describeStatus(retrying, 1, now)).toMatch(
      /^Sync error: Cannot reach the sync server; will retry\. · retry at .+ · last sync 2 h ago · 1 change pending$/,
    );
  });

  it('says when sync is not set up', () => {
    expect(describeStatus(INITIAL_STATUS, 0, now)).toBe('Sync is not set up (Options) · no changes pending');
  });
});
