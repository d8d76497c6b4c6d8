// Test set-up for the sync client: fresh databases, a repository and a replica on them.

import { fakeHlc, fakeMutation, fakeReadoutContent } from '@readouts/sync/testing';
import { freshIndexedDb } from '../../__tests__/factories';
import { closeDb, getDb } from '../../db/open';
import { ReadoutRepository } from '../../db/readouts';
import { closeSyncDb, getSyncDb } from '../db';
import { createReplica, type Replica } from '../replica';

export interface Device {
  repository: ReadoutRepository;
  replica: Replica;
  deviceId: string;
}

/** A device with empty databases; its clock starts at 2026-01-01 and steps a second per change. */
export async function freshDevice(deviceId = 'device-a'): Promise<Device> {
  await closeDb();
  await closeSyncDb();
  freshIndexedDb();
  let tick = 0;
  const now = () => Date.UTC(2026, 0, 1) + 1000 * tick++;
  const collection = await getDb();
  const repository = new ReadoutRepository(collection, { deviceId, now });
  return { repository, replica: createReplica(collection, await getSyncDb(), deviceId), deviceId };
}

/** `n` captures made by another device ("other"), mutation ids 1..n, as a server would hold them. */
export const otherDevice = (n: number) =>
  Array.from({ length: n }, (_, i) =>
    fakeMutation('capture', {
      id: i + 1,
      hlc: fakeHlc(1000 + i, 'other'),
      readout: fakeReadoutContent({ id: `press-release-other_${i}` }),
    }),
  );
