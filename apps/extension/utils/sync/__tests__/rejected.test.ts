import { beforeEach, describe, expect, it } from 'vitest';
import { fakeReadout } from '../../__tests__/factories';
import { getDb } from '../../db/open';
import { CLOCK_KEY, type ClockState } from '../../db/outbox';
import { syncRound } from '../engine';
import { discardRejected, loadRejected, rejectedKey, retryRejected } from '../rejected';
import { loadStatus, updateStatus } from '../status';
import { type Device, freshDevice } from './factories';
import { FakeSyncServer } from './fake-server';

/** One sync round of `device` against `server`, with a cursor kept in memory. */
function syncOnce(device: Device, server: FakeSyncServer) {
  let saved: string | null = null;
  return syncRound({
    replica: device.replica,
    transport: server.transport,
    clientId: device.deviceId,
    cursor: {
      load: async () => saved,
      save: async (next) => {
        saved = next;
      },
    },
  });
}

describe('rejected mutations', () => {
  let device: Device;
  let server: FakeSyncServer;
  let id: string;

  /** A capture, a refused note and a star: the note is set aside by the round. */
  beforeEach(async () => {
    device = await freshDevice();
    server = new FakeSyncServer();
    ({ id } = (await device.repository.saveCapture(fakeReadout())).readout);
    await device.repository.updateUser(id, { note: 'refused' });
    await device.repository.updateUser(id, { starred: true });
    server.refuse = (m) => m.type === 'setNote';
    await syncOnce(device, server);
    await updateStatus({ rejected: (await loadRejected()).length });
  });

  it('queues a retried change anew, after the device’s latest, and takes it off the list', async () => {
    const [rejected] = await loadRejected();
    expect(rejected!.mutation).toMatchObject({ type: 'setNote', note: 'refused' });
    await device.repository.updateUser(id, { tags: ['meanwhile'] });
    expect(await retryRejected(await getDb(), device.deviceId, [rejectedKey(rejected!)])).toBe(1);
    expect(await loadRejected()).toEqual([]);
    expect((await loadStatus()).rejected).toBe(0);
    const outbox = await device.repository.outbox();
    expect(outbox.map((e) => [e.mutation.type, e.mutation.id])).toEqual([
      ['setTags', 3],
      ['setNote', 4],
    ]);
    // A fresh stamp, later than the tag change, not the refused one.
    expect(outbox[1]!.mutation.hlc > outbox[0]!.mutation.hlc).toBe(true);
    const clock = (await (await getDb()).get('meta', CLOCK_KEY))?.value as ClockState;
    expect(clock.lastMutationId).toBe(4);

    // Once the server takes it, the next round pushes it and the note arrives.
    server.refuse = null;
    expect(await syncOnce(device, server)).toMatchObject({ pushed: 2, rejected: 0 });
    expect(server.states.get(id)!.state.note?.value).toBe('refused');
  });

  it('sets a retried change aside again when the server still refuses it: nothing is lost', async () => {
    const [rejected] = await loadRejected();
    await retryRejected(await getDb(), device.deviceId, [rejectedKey(rejected!)]);
    expect(await syncOnce(device, server)).toMatchObject({ rejected: 1 });
    const again = await loadRejected();
    expect(again).toHaveLength(1);
    expect(again[0]!.mutation).toMatchObject({ type: 'setNote', note: 'refused' });
  });

  it('discards only the changes named, and keeps the count current', async () => {
    await device.repository.updateUser(id, { note: 'refused too' });
    await syncOnce(device, server);
    const listed = await loadRejected();
    expect(listed).toHaveLength(2);
    expect(await discardRejected([rejectedKey(listed[0]!)])).toBe(1);
    expect((await loadRejected()).map((r) => r.mutation)).toEqual([listed[1]!.mutation]);
    expect((await loadStatus()).rejected).toBe(1);
    expect(await discardRejected(['no/such/key'])).toBe(0);
    expect(await loadRejected()).toHaveLength(1);
    expect(await device.repository.outbox()).toEqual([]);
  });

  it('retries nothing for keys no longer listed', async () => {
    expect(await retryRejected(await getDb(), device.deviceId, ['device-a/9/2026-01-01T00:00:00Z'])).toBe(0);
    expect(await device.repository.outbox()).toEqual([]);
    expect(await loadRejected()).toHaveLength(1);
  });
});
