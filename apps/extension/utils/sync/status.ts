// The sync status every page shows: what the background is doing, when it last finished, the last
// error, and progress of a first sync. Written by the background, read by the pages.
import { readValue, writeValue } from './db';
import { announceSyncStatus } from './status-signal';

/**
 * - `off`: no server or token set up.
 * - `syncing`: a round is running (`pulled` counts records merged so far).
 * - `retrying`: the last round failed in a way that can pass; another comes at `nextRetryAt`.
 * - `unauthorized`: the token was refused; nothing syncs until the settings change or "Sync now".
 * - `error`: the server refused a request; the periodic alarm tries again.
 */
export type SyncState = 'off' | 'idle' | 'syncing' | 'retrying' | 'unauthorized' | 'error';

export interface SyncStatus {
  state: SyncState;
  /** ISO time of the last round that finished. */
  lastSyncAt: string | null;
  lastError: string | null;
  nextRetryAt: string | null;
  /** Records pulled by the running (or last) round. */
  pulled: number;
  /** Whether the running round is this device's first (no cursor yet). */
  firstSync: boolean;
  /**
   * Pulled records of the last round whose stamps this device's clock refused (malformed, or more
   * than a day ahead): merged all the same, shown as a warning. Absent in statuses written before.
   */
  refusedStamps?: number;
  /** Mutations the server refused for good, set aside in the rejected list (absent: none). */
  rejected?: number;
}

const STATUS_KEY = 'status';

export const INITIAL_STATUS: SyncStatus = {
  state: 'off',
  lastSyncAt: null,
  lastError: null,
  nextRetryAt: null,
  pulled: 0,
  firstSync: true,
};

/** The last written status. */
export function loadStatus(): Promise<SyncStatus> {
  return readValue<SyncStatus>(STATUS_KEY, INITIAL_STATUS);
}

/** Updates some fields of the status, tells the open pages, and returns the whole of it. */
export async function updateStatus(patch: Partial<SyncStatus>): Promise<SyncStatus> {
  const next = { ...(await loadStatus()), ...patch };
  await writeValue(STATUS_KEY, next);
  announceSyncStatus();
  return next;
}
