import { parseHlc } from '@readouts/sync';
import { fakeHlc, fakeMutation, fakeState } from '@readouts/sync/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeReadout } from '../../__tests__/factories';
import { getDb } from '../../db/open';
import { CLOCK_KEY } from '../../db/outbox';
import { getSyncDb } from '../db';
import { createReplica, type RefusedStamp } from '../replica';
import { type Device, freshDevice } from './factories';

describe('replica.applyPulled', () => {
  let device: Device;
  beforeEach(async () => {
    device = await freshDevice();
  });

  it('keeps unpushed local edits when a pulled state changes the same readout', async () => {
    const { readout } = await device.repository.saveCapture(fakeReadout());
    await device.repository.updateUser(readout.id, { tags: ['mine'] });
    const theirs = fakeState(
      fakeMutation('capture', { readout: { ...readout, user: undefined } as never, hlc: fakeHlc(5, 'b') }),
      fakeMutation('setTags', { readoutId: readout.id, add: ['theirs'], hlc: fakeHlc(6, 'b') }),
    );
    expect(await device.replica.applyPulled([theirs])).toBe(1);
    expect((await device.repository.get(readout.id))?.user.tags).toEqual(['theirs', 'mine']);
    expect(await device.replica.pendingCount()).toBe(2);
  });

  it('does not count an echo of its own pushed change as a change from elsewhere', async () => {
    const { readout } = await device.repository.saveCapture(fakeReadout());
    const batch = (await device.replica.pending(10))!;
    await device.replica.acknowledge(batch, 1);
    const echo = fakeState(...batch.entries.map((e) => e.mutation));
    expect(await device.replica.applyPulled([echo])).toBe(0);
    expect((await device.repository.get(readout.id))?.title).toBe(readout.title);
  });

  it('removes a readout deleted elsewhere, and moves the clock past what it saw', async () => {
    const { readout } = await device.repository.saveCapture(fakeReadout());
    await device.replica.acknowledge((await device.replica.pending(10))!, 1);
    // Ahead of this device's clock, but within the day a stamp may be ahead.
    const far = Date.now() + 3_600_000;
    await device.replica.applyPulled([
      fakeState(fakeMutation('delete', { readoutId: readout.id, hlc: fakeHlc(far, 'b') })),
    ]);
    expect(await device.repository.get(readout.id)).toBeUndefined();
    const clock = (await (await getDb()).get('meta', CLOCK_KEY))?.value as { lastHlc: string };
    expect(clock.lastHlc > fakeHlc(far, 'b')).toBe(true);
  });

  it('refuses a pulled stamp far ahead without throwing, reports it, and merges the page (issue 9, 5)', async () => {
    const refused: RefusedStamp[] = [];
    const replica = createReplica(await getDb(), await getSyncDb(), device.deviceId, {
      onRefusedStamp: (r) => refused.push(r),
    });
    const poisoned = fakeState(
      fakeMutation('capture', { readoutId: 'press-release-x_1', hlc: fakeHlc(5, 'b') }),
      fakeMutation('setNote', { readoutId: 'press-release-x_1', hlc: '999999999999999-99999-zz' }),
    );
    const tenYears = fakeState(
      fakeMutation('capture', {
        readoutId: 'press-release-x_2',
        hlc: fakeHlc(Date.now() + 3650 * 86_400_000, 'b'),
      }),
    );
    const honest = fakeState(
      fakeMutation('capture', { readoutId: 'press-release-x_3', hlc: fakeHlc(7, 'b') }),
    );
    expect(await replica.applyPulled([poisoned, tenYears, honest])).toBe(3);
    expect(refused.map((r) => r.readoutId)).toEqual(['press-release-x_1', 'press-release-x_2']);
    expect(refused[0]!.hlc).toBe('999999999999999-99999-zz');
    for (const id of ['press-release-x_1', 'press-release-x_2', 'press-release-x_3'])
      expect(await device.repository.get(id)).toBeDefined();
    // The clock was not dragged ahead: it stays near this device's own time.
    const clock = (await (await getDb()).get('meta', CLOCK_KEY))?.value as { lastHlc: string };
    expect(parseHlc(clock.lastHlc).wallMs).toBeLessThan(Date.now() + 60_000);
  });

  it('announces the merged ids so an open collection page reloads them', async () => {
    const heard: string[][] = [];
    const listener = new BroadcastChannel('readouts:changes');
    listener.onmessage = (event) => heard.push(event.data.ids);
    const pulled = fakeState(
      fakeMutation('capture', { readoutId: 'press-release-x_1', hlc: fakeHlc(5, 'b') }),
    );
    await device.replica.applyPulled([pulled]);
    await expect.poll(() => heard).toEqual([['press-release-x_1']]);
    listener.close();
  });

  it('keeps a readout whose local re-capture is later than a pulled delete', async () => {
    const { readout } = await device.repository.saveCapture(fakeReadout());
    await device.replica.applyPulled([
      fakeState(fakeMutation('delete', { readoutId: readout.id, hlc: fakeHlc(5, 'b') })),
    ]);
    expect((await device.repository.get(readout.id))?.title).toBe(readout.title);
  });

  it('merges into stored states whether a page holds few or many of them', async () => {
    const tagged = (id: string, tag: string, at: number) =>
      fakeState(
        fakeMutation('capture', { readoutId: id, hlc: fakeHlc(at, 'b') }),
        fakeMutation('setTags', { readoutId: id, add: [tag], hlc: fakeHlc(at + 1, 'b') }),
      );
    const id = (n: number) => `press-release-m_${String(n).padStart(3, '0')}`;
    // 30 stored states; then a page of two at the ends of their id range (most stored keys lie in
    // between) and a page mixing stored and new ids.
    await device.replica.applyPulled(Array.from({ length: 30 }, (_, n) => tagged(id(n), 'old', 10)));
    await device.replica.applyPulled([tagged(id(0), 'new', 20), tagged(id(29), 'new', 20)]);
    await device.replica.applyPulled([5, 6, 100].map((n) => tagged(id(n), 'new', 20)));
    const tags = async (n: number) => (await device.repository.get(id(n)))?.user.tags;
    expect(await tags(0)).toEqual(['old', 'new']);
    expect(await tags(29)).toEqual(['old', 'new']);
    expect(await tags(5)).toEqual(['old', 'new']);
    expect(await tags(6)).toEqual(['old', 'new']);
    expect(await tags(1)).toEqual(['old']);
    expect(await tags(100)).toEqual(['new']);
  });
});

describe('replica.renumber', () => {
  it("queues the merges of a forgotten client's gap as this device's own mutations", async () => {
    const device = await freshDevice();
    const { readout } = await device.repository.saveCapture(fakeReadout());
    await device.replica.acknowledge((await device.replica.pending(10))!, 1);
    // A queued change of an earlier client id of this browser (its storage was reset since).
    const db = await getDb();
    await db.add('outbox', {
      clientId: 'old',
      mutation: fakeMutation('setNote', { id: 5, readoutId: readout.id }),
    });
    // The server expects 'old' mutation 2: it forgot 2 to 4, which 'old' had pushed.
    expect(await device.replica.renumber('old', 2)).toBe(1);
    const rows = await db.getAll('outbox');
    expect(rows.map((r) => [r.clientId, r.mutation.id, r.mutation.type])).toEqual([
      ['old', 2, 'setNote'],
      ['device-a', 2, 'merge'],
    ]);
    // The clock is still this device's, counting on from the merge.
    expect((await db.get('meta', CLOCK_KEY))?.value).toMatchObject({
      clientId: 'device-a',
      lastMutationId: 2,
    });
  });
});
