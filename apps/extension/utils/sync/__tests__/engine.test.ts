import { MAX_PUSH_BATCH } from '@readouts/schema';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeReadout } from '../../__tests__/factories';
import { getDb } from '../../db/open';
import { CLOCK_KEY, type ClockState } from '../../db/outbox';
import { syncRound } from '../engine';
import { SyncError } from '../errors';
import { loadRejected } from '../rejected';
import { type Device, freshDevice, otherDevice } from './factories';
import { FakeSyncServer } from './fake-server';

function round(
  device: Device,
  server: FakeSyncServer,
  pageSize = 500,
  renewClientId?: (taken: string) => Promise<string>,
) {
  let saved: string | null = null;
  const cursor = {
    load: async () => saved,
    save: async (next: string) => {
      saved = next;
    },
  };
  return {
    cursor,
    run: () =>
      syncRound({
        replica: device.replica,
        transport: server.transport,
        clientId: device.deviceId,
        cursor,
        pageSize,
        ...(renewClientId ? { renewClientId } : {}),
      }),
  };
}

describe('syncRound', () => {
  let device: Device;
  let server: FakeSyncServer;
  beforeEach(async () => {
    device = await freshDevice();
    server = new FakeSyncServer();
  });

  it('pushes the outbox in batches of at most MAX_PUSH_BATCH and empties it', async () => {
    const readouts = Array.from({ length: 300 }, () =>
      fakeReadout({ user: { tags: ['g7'], note: '', starred: false } }),
    );
    await device.repository.import(readouts);
    const report = await round(device, server).run();
    expect(report.pushed).toBe(600);
    expect(server.pushes.map((p) => p.mutations.length)).toEqual([MAX_PUSH_BATCH, 100]);
    expect(await device.replica.pendingCount()).toBe(0);
    expect(server.lastIds.get('device-a')).toBe(600);
    expect(server.states.get(readouts[0]!.id)?.state.tags.g7?.added).not.toBeNull();
  });

  it('pulls page after page and saves the cursor after each', async () => {
    server.apply(otherDevice(7));
    const sync = round(device, server, 3);
    const report = await sync.run();
    expect(report.pulled).toBe(7);
    expect(server.pulls.map((p) => p.cursor)).toEqual([null, '3', '6']);
    expect(await device.repository.count()).toBe(7);
    expect(await sync.cursor.load()).toBe('7');
  });

  it('resumes an interrupted pull from the last merged page', async () => {
    server.apply(otherDevice(7));
    const sync = round(device, server, 3);
    // The first page goes through, the second request fails.
    const pull = server.transport.pull;
    let calls = 0;
    server.transport.pull = (request) =>
      ++calls === 2 ? Promise.reject(new SyncError('offline', 'down')) : pull(request);
    await expect(sync.run()).rejects.toThrow('down');
    expect(await sync.cursor.load()).toBe('3');
    server.transport.pull = pull;
    await sync.run();
    // The failed request never reached the server; the next round starts at the saved cursor.
    expect(server.pulls.map((p) => p.cursor)).toEqual([null, '3', '6']);
    expect(await device.repository.count()).toBe(7);
  });

  it('saves no cursor past a page that failed to merge, though the next was under way', async () => {
    server.apply(otherDevice(9));
    const sync = round(device, server, 3);
    const applyPulled = device.replica.applyPulled;
    let calls = 0;
    device.replica.applyPulled = (changes) =>
      ++calls === 2 ? Promise.reject(new Error('disk full')) : applyPulled(changes);
    await expect(sync.run()).rejects.toThrow('disk full');
    expect(await sync.cursor.load()).toBe('3');
    device.replica.applyPulled = applyPulled;
    await sync.run();
    expect(await sync.cursor.load()).toBe('9');
    expect(await device.repository.count()).toBe(9);
  });

  it('pulls again from the start when the server no longer knows the saved cursor', async () => {
    server.apply(otherDevice(7));
    const sync = round(device, server, 3);
    await sync.run();
    expect(await sync.cursor.load()).toBe('7');
    // Restored from a backup taken at change 3, the server then records two new changes, 4 and 5:
    // both are at or below the device's cursor, so pulling from it would miss them.
    server.rollBack(3);
    server.apply(otherDevice(9).slice(7));
    server.pulls.length = 0;
    const report = await sync.run();
    expect(server.pulls.map((p) => p.cursor)).toEqual(['7', null, '3']);
    expect(report.pulled).toBe(5);
    expect(await device.repository.count()).toBe(9);
    expect(await sync.cursor.load()).toBe('5');
  });

  it('resends from the expected id after a MUTATION_GAP', async () => {
    const a = await device.repository.saveCapture(fakeReadout());
    await device.repository.updateUser(a.readout.id, { tags: ['one'] });
    await device.repository.updateUser(a.readout.id, { note: 'n' });
    // As if a server that had acknowledged mutation 1 lost it (a restored backup).
    await device.replica.acknowledge((await device.replica.pending(1))!, 1);
    const report = await round(device, server).run();
    // The queued two are renumbered from 1, and the forgotten capture comes back in a merge of the
    // record's state.
    expect(report.pushed).toBe(3);
    expect(server.pushes.map((p) => p.mutations.map((m) => `${m.id}:${m.type}`))).toEqual([
      ['2:setTags', '3:setNote'],
      ['1:setTags', '2:setNote', '3:merge'],
    ]);
    const onServer = server.states.get(a.readout.id)!.state;
    expect(onServer.content?.id).toBe(a.readout.id);
    expect(Object.keys(onServer.tags)).toEqual(['one']);
    await device.repository.updateUser(a.readout.id, { starred: true });
    await round(device, server).run();
    expect(server.lastIds.get('device-a')).toBe(4);
  });

  it('queues no merges after a gap the server did not cause by forgetting', async () => {
    const a = await device.repository.saveCapture(fakeReadout());
    await round(device, server).run();
    await device.repository.updateUser(a.readout.id, { note: 'n' });
    // The server expects id 2, which is the first queued one: nothing was forgotten.
    expect(await device.replica.renumber((await device.replica.pending(10))!.clientId, 2)).toBe(0);
    expect(await device.replica.pendingCount()).toBe(1);
  });

  it('sets aside a mutation the server refuses for good and pushes the rest (a device is never stuck)', async () => {
    const a = await device.repository.saveCapture(fakeReadout());
    await device.repository.updateUser(a.readout.id, { note: 'refused' });
    await device.repository.updateUser(a.readout.id, { starred: true });
    server.refuse = (m) => m.type === 'setNote';
    const report = await round(device, server).run();
    expect(report).toMatchObject({ pushed: 2, rejected: 1 });
    expect(await device.replica.pendingCount()).toBe(0);
    // The rest were numbered down past the refused one, so the server saw no gap.
    expect(server.lastIds.get('device-a')).toBe(2);
    expect(server.states.get(a.readout.id)!.state.starred?.value).toBe(true);
    const rejected = await loadRejected();
    expect(rejected).toHaveLength(1);
    expect(rejected[0]).toMatchObject({ clientId: 'device-a', mutation: { type: 'setNote', id: 2 } });
    expect(rejected[0]!.reason).toContain('mutation 2 refused');
    // Later edits continue the numbering.
    await device.repository.updateUser(a.readout.id, { tags: ['later'] });
    await round(device, server).run();
    expect(server.lastIds.get('device-a')).toBe(3);
  });

  it('narrows a refusal that names no mutation down to one, by halving the batch', async () => {
    for (let i = 0; i < 6; i++)
      await device.repository.saveCapture(fakeReadout({ id: `press-release-n_${i}` }));
    server.namesRefused = false;
    server.refuse = (m) => m.readoutId === 'press-release-n_4';
    const report = await round(device, server).run();
    expect(report).toMatchObject({ pushed: 5, rejected: 1 });
    expect((await loadRejected()).map((r) => r.mutation.readoutId)).toEqual(['press-release-n_4']);
    expect(server.states.has('press-release-n_5')).toBe(true);
    expect(await device.replica.pendingCount()).toBe(0);
  });

  it('gives up with the error on a refusal that is not for good (no status), keeping the outbox', async () => {
    await device.repository.saveCapture(fakeReadout());
    server.fail(new SyncError('rejected', 'odd answer'));
    await expect(round(device, server).run()).rejects.toMatchObject({ kind: 'rejected' });
    expect(await device.replica.pendingCount()).toBe(1);
    expect(await loadRejected()).toEqual([]);
  });

  it('takes a new client id when the server says another device owns this one (issue 9, 11)', async () => {
    const a = await device.repository.saveCapture(fakeReadout());
    await device.repository.updateUser(a.readout.id, { tags: ['one'] });
    await device.repository.updateUser(a.readout.id, { note: 'n' });
    server.takenClientIds.add('device-a');
    const renewed: string[] = [];
    const report = await round(device, server, 500, async (taken) => {
      renewed.push(taken);
      return 'device-b';
    }).run();
    expect(renewed).toEqual(['device-a']);
    expect(report.pushed).toBe(3);
    expect(await device.replica.pendingCount()).toBe(0);
    // Pushed again whole under the new id, numbered from 1; nothing lost.
    expect(server.pushes.at(-1)).toMatchObject({ clientId: 'device-b' });
    expect(server.pushes.at(-1)!.mutations.map((m) => m.id)).toEqual([1, 2, 3]);
    expect(server.lastIds.get('device-b')).toBe(3);
    const onServer = server.states.get(a.readout.id)!.state;
    expect(onServer.note?.value).toBe('n');
    // The clock counts the new id on from there.
    const clock = (await (await getDb()).get('meta', CLOCK_KEY))?.value as ClockState;
    expect(clock).toMatchObject({ clientId: 'device-b', lastMutationId: 3 });
    // The pull asks about the new id.
    expect(server.pulls.at(-1)?.clientId).toBe('device-b');
  });

  it('fails the round on CLIENT_ID_TAKEN when it cannot take a new id, keeping the outbox', async () => {
    await device.repository.saveCapture(fakeReadout());
    server.takenClientIds.add('device-a');
    await expect(round(device, server).run()).rejects.toMatchObject({ kind: 'clientTaken' });
    expect(await device.replica.pendingCount()).toBe(1);
  });
});
