// One sync round against the configured server, with the status kept up to date for the pages.
import { getDb } from '../db/open';
import { deviceId as deviceIdItem, getDeviceId } from '../storage';
import { getSyncDb } from './db';
import { runDecisionsRound } from './decisions-runner';
import { syncRound } from './engine';
import { describeError, SyncError } from './errors';
import { loadRejected } from './rejected';
import { createReplica } from './replica';
import { isConfigured, loadCursor, loadSettings, saveCursor } from './settings';
import { updateStatus } from './status';
import { createTrpcTransport } from './transport';

export interface RunnerOptions {
  /** Called after each pulled page; the background uses it to keep its worker alive. */
  onProgress?(): void | Promise<void>;
  pageSize?: number;
}

/** Runs one round (or reports that sync is not set up). Throws the round's SyncError. */
export async function runSyncRound(options: RunnerOptions = {}): Promise<void> {
  const settings = await loadSettings();
  if (!isConfigured(settings)) {
    await updateStatus({ state: 'off', lastError: null, nextRetryAt: null });
    return;
  }
  const deviceId = await getDeviceId();
  let refusedStamps = 0;
  const replica = createReplica(await getDb(), await getSyncDb(), deviceId, {
    onRefusedStamp: () => {
      refusedStamps += 1;
    },
  });
  await updateStatus({ state: 'syncing', pulled: 0, firstSync: (await loadCursor()) === null });
  await syncRound({
    replica,
    transport: createTrpcTransport({ serverUrl: settings.serverUrl, token: settings.token }),
    clientId: deviceId,
    cursor: { load: loadCursor, save: saveCursor },
    pageSize: options.pageSize ?? 1000,
    // Another device pushes under this client id (a copied profile): take a new one.
    renewClientId: async (taken) => {
      const fresh = crypto.randomUUID();
      if (taken === (await getDeviceId())) await deviceIdItem.setValue(fresh);
      return fresh;
    },
    onPulled: async (pulled) => {
      await updateStatus({ pulled });
      await options.onProgress?.();
    },
  });
  // Pairing and person decisions (issues 12, 13): after the readouts, and never failing the round.
  await runDecisionsRound({ serverUrl: settings.serverUrl, token: settings.token }, deviceId);
  await updateStatus({
    state: 'idle',
    lastSyncAt: new Date().toISOString(),
    lastError: null,
    nextRetryAt: null,
    firstSync: false,
    refusedStamps,
    rejected: (await loadRejected()).length,
  });
}

/** Records a failed round in the status. */
export async function reportSyncFailure(error: unknown, retryAt: number | null): Promise<void> {
  const unauthorized = error instanceof SyncError && error.kind === 'unauthorized';
  await updateStatus({
    state: unauthorized ? 'unauthorized' : retryAt !== null ? 'retrying' : 'error',
    lastError: describeError(error),
    nextRetryAt: retryAt === null ? null : new Date(retryAt).toISOString(),
  });
}

/** Whether automatic triggers may sync: set up, automatic sync on. */
export async function autoSyncAllowed(): Promise<boolean> {
  const settings = await loadSettings();
  return isConfigured(settings) && settings.auto;
}
