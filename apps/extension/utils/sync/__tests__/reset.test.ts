// A pull the server answers with `resetRequired` (it collected tombstones past its horizon that
// this device may not have seen): everything is pulled again, records the server no longer has
// are removed, and the outbox (unpushed local edits) keeps its records and is never touched.
import { fakeHlc, fakeMutation, fakeReadoutContent } from '@readouts/sync/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeReadout } from '../../__tests__/factories';
import { syncRound } from '../engine';
import { SyncError } from '../errors';
import { type Device, freshDevice } from './factories';
import { FakeSyncServer } from './fake-server';

const capture = (id: number, readoutId: string, at: number) =>
  fakeMutation('capture', {
    id,
    hlc: fakeHlc(at, 'other'),
    readout: fakeReadoutContent({ id: readoutId }),
  });

describe('a pull after collected tombstones', () => {
  let device: Device;
  let server: FakeSyncServer;
  let saved: string | null;
  const run = (pageSize = 500) =>
    syncRound({
      replica: device.replica,
      transport: server.transport,
      clientId: device.deviceId,
      pageSize,
      cursor: {
        load: async () => saved,
        save: async (next) => {
          saved = next;
        },
      },
    });
  const localIds = async () => (await device.repository.all()).map((r) => r.id).sort();

  beforeEach(async () => {
    device = await freshDevice();
    server = new FakeSyncServer();
    saved = null;
    // Three readouts from another device, pulled by this one.
    server.apply([capture(1, 'press-a', 1000), capture(2, 'press-b', 1001), capture(3, 'press-c', 1002)]);
    await run();
    expect(saved).toBe('3');
    // Then, while this device is away, press-a and press-b are deleted and collected long after.
    server.apply([
      fakeMutation('delete', { id: 4, readoutId: 'press-a', hlc: fakeHlc(2000, 'other') }),
      fakeMutation('delete', { id: 5, readoutId: 'press-b', hlc: fakeHlc(2001, 'other') }),
      capture(6, 'press-d', 2002),
    ]);
    server.collectTombstones(5);
  });

  it('pulls everything again and removes what the server no longer has', async () => {
    expect(await localIds()).toEqual(['press-a', 'press-b', 'press-c']);
    // A page at a time: the full pull's cursors lie before the collected tombstones, and carry it.
    const report = await run(1);
    expect(server.pulls.map((p) => p.cursor).slice(1)).toEqual(['3', null, '3-5']);
    expect(await localIds()).toEqual(['press-c', 'press-d']);
    expect(report.removed).toBe(2);
    expect(saved).toBe('6-5');
    // The next round pulls from there, with no reset.
    expect((await run()).removed).toBeUndefined();
    expect(server.pulls.at(-1)?.cursor).toBe('6-5');
  });

  it('keeps the records of unpushed local edits, and the edits, when the push cannot go through', async () => {
    await device.repository.updateUser('press-a', { tags: ['mine'] });
    const { readout: local } = await device.repository.saveCapture(fakeReadout());
    const queued = await device.replica.pendingCount();
    expect(queued).toBeGreaterThan(0);
    // The push fails (server busy), so this round only pulls.
    server.fail(new SyncError('unavailable', 'busy', { status: 503 }));
    await expect(run()).rejects.toThrow('busy');
    expect(await device.replica.removeAbsent(new Set(['press-c', 'press-d']))).toBe(1);
    expect(await localIds()).toEqual([local.id, 'press-a', 'press-c'].sort());
    expect((await device.repository.get('press-a'))?.user.tags).toEqual(['mine']);
    expect(await device.replica.pendingCount()).toBe(queued);
    // Once pushed, the edit is on the server and the records stay.
    await run();
    expect(await localIds()).toEqual([local.id, 'press-a', 'press-c', 'press-d'].sort());
    expect(server.states.get('press-a')?.state.tags.mine?.added).not.toBeNull();
  });

  it('starts the full pull over when interrupted, saving no cursor before it is done', async () => {
    const pulls = server.pulls.length;
    const interrupted = syncRound({
      replica: device.replica,
      transport: {
        push: server.transport.push,
        pull: async (request) => {
          if (request.cursor === '3-5') throw new SyncError('offline', 'gone');
          return server.transport.pull(request);
        },
      },
      clientId: device.deviceId,
      pageSize: 1,
      cursor: {
        load: async () => saved,
        save: async (next) => {
          saved = next;
        },
      },
    });
    await expect(interrupted).rejects.toThrow('gone');
    expect(saved).toBe('3');
    expect(server.pulls.length).toBeGreaterThan(pulls);
    const report = await run(1);
    expect(report.removed).toBe(2);
    expect(await localIds()).toEqual(['press-c', 'press-d']);
    expect(saved).toBe('6-5');
  });
});
