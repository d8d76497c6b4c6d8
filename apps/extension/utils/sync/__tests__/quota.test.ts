import { fakeHlc, fakeMutation, fakeState } from '@readouts/sync/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeReadout } from '../../__tests__/factories';
import { type FullDisk, fakeFullDisk, type Refusal } from '../../__tests__/full-disk';
import { getDb } from '../../db/open';
import { CLOCK_KEY } from '../../db/outbox';
import { StorageFullError } from '../../db/quota';
import { en } from '../../i18n/en';
import { getSyncDb } from '../db';
import { syncRound } from '../engine';
import { describeError } from '../errors';
import { reportSyncFailure } from '../runner';
import { loadStatus } from '../status';
import { type Device, freshDevice, otherDevice } from './factories';
import { FakeSyncServer } from './fake-server';

/** Everything the device keeps, in both databases. */
async function snapshot() {
  const collection = await getDb();
  const sync = await getSyncDb();
  return {
    readouts: await collection.getAll('readouts'),
    outbox: await collection.getAll('outbox'),
    clock: (await collection.get('meta', CLOCK_KEY))?.value,
    records: await sync.getAll('records'),
  };
}

describe.each<Refusal>(['request', 'commit'])('sync with a full disk (refused at %s)', (at) => {
  let device: Device;
  let server: FakeSyncServer;
  let disk: FullDisk;
  let saved: string | null;
  const run = () =>
    syncRound({
      replica: device.replica,
      transport: server.transport,
      clientId: device.deviceId,
      cursor: {
        load: async () => saved,
        save: async (next) => {
          saved = next;
        },
      },
      pageSize: 3,
    });

  beforeEach(async () => {
    device = await freshDevice();
    server = new FakeSyncServer();
    disk = fakeFullDisk();
    saved = null;
  });
  afterEach(() => disk.restore());

  it('saves no cursor past the pages stored, keeps local readouts, and resumes once space frees', async () => {
    const mine = await device.repository.saveCapture(fakeReadout());
    await device.repository.updateUser(mine.readout.id, { tags: ['mine'] });
    server.apply(otherDevice(9));
    // Room for the first page of three and one readout more: the second page does not fit.
    disk.fill({ at, stores: ['readouts'], after: 4 });

    const failure = await run().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(StorageFullError);
    expect(describeError(failure)).toBe(en['sync.storageFull']);
    expect(saved).toBe('3');
    expect(await device.repository.count()).toBe(4);
    expect(await device.repository.get(mine.readout.id)).toEqual(
      expect.objectContaining({ user: expect.objectContaining({ tags: ['mine'] }) }),
    );
    // The local changes went out before the pull; none is left behind or duplicated.
    expect(server.lastIds.get('device-a')).toBe(2);
    expect(await device.replica.pendingCount()).toBe(0);

    disk.free();
    const pullsBefore = server.pulls.length;
    const report = await run();
    // From the last stored page on: the other device's six readouts left, then the echo of this
    // device's own two changes (server changes 10 and 11, one record).
    expect(server.pulls.slice(pullsBefore).map((pull) => pull.cursor)).toEqual(['3', '6', '9']);
    expect(report).toMatchObject({ pushed: 0, pulled: 7, fromOthers: 6 });
    expect(saved).toBe('11');
    expect(await device.repository.count()).toBe(10);
    expect((await device.repository.get(mine.readout.id))?.user.tags).toEqual(['mine']);
  });

  it('leaves the outbox, the collection and the merged states as they were when a page is refused', async () => {
    const { readout } = await device.repository.saveCapture(fakeReadout());
    await device.repository.updateUser(readout.id, { tags: ['mine'] });
    const page = [
      fakeState(
        fakeMutation('capture', { readout: { ...readout, user: undefined } as never, hlc: fakeHlc(5, 'b') }),
        fakeMutation('setTags', { readoutId: readout.id, add: ['theirs'], hlc: fakeHlc(6, 'b') }),
      ),
      fakeState(fakeMutation('capture', { readoutId: 'press-release-new_1', hlc: fakeHlc(7, 'b') })),
    ];
    const before = await snapshot();

    disk.fill({ at });
    await expect(device.replica.applyPulled(page)).rejects.toBeInstanceOf(StorageFullError);
    expect(await snapshot()).toEqual(before);

    disk.free();
    expect(await device.replica.applyPulled(page)).toBe(2);
    expect((await device.repository.get(readout.id))?.user.tags).toEqual(['theirs', 'mine']);
    expect(await device.repository.get('press-release-new_1')).toBeDefined();
    // Still queued: the local edits are pushed later, on top of what was pulled.
    expect((await device.replica.pending(10))?.entries.map((e) => e.mutation.type)).toEqual([
      'capture',
      'setTags',
    ]);
  });

  it('keeps pushed mutations queued when their merged state cannot be stored, and drops them once it can', async () => {
    await device.repository.saveCapture(fakeReadout());
    const queued = await device.replica.pending(10);
    disk.fill({ at, stores: ['records'] });

    await expect(run()).rejects.toBeInstanceOf(StorageFullError);
    // The server applied it, but the device cannot yet fold it into its merged state: it stays queued.
    expect(server.lastIds.get('device-a')).toBe(1);
    expect(await device.replica.pending(10)).toEqual(queued);

    disk.free();
    expect((await run()).pushed).toBe(1);
    expect(await device.replica.pendingCount()).toBe(0);
    expect(await (await getSyncDb()).count('records')).toBe(1);
  });
});

describe('reporting a sync round that ran out of space', () => {
  beforeEach(async () => {
    await freshDevice();
  });

  it('shows the quota message as the sync error, with no automatic retry planned', async () => {
    await reportSyncFailure(
      new StorageFullError({ cause: new DOMException('full', 'QuotaExceededError') }),
      null,
    );
    expect(await loadStatus()).toMatchObject({
      state: 'error',
      lastError: en['sync.storageFull'],
      nextRetryAt: null,
    });
  });
});
