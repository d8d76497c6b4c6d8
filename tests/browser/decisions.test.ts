// Decisions sync end to end, in real Chromium with two devices of one user and a real `readouts
// serve` process: a pair split in device A's collection page shows as split on device B (in a
// collection page already open there, without a reload), a pair made by hand on B shows on A, and
// a person decision written on A reaches B's analysis database.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extensionCopy } from '../support/extension-build';
import { Device, waitFor } from '../sync/harness/device';
import { readoutPages } from '../sync/harness/mofa';
import { SyncServer, sqliteBackend } from '../sync/harness/server';

/** The English and Japanese pages of one meeting (Japan-Mexico, see the bulk issue's dev set). */
const en = 'la_c-m_ca_c-mx-page4e_000895';
const ja = 'mofaj-la_c-m_ca_c-mx-page4_004273';
const urlOf = (id: string) =>
  readoutPages().find(
    (p) =>
      new URL(p.url).pathname
        .slice(1)
        .replace(/\.html$/, '')
        .replace(/\//g, '-') === id,
  )!.url;

/** The person decisions in a device's analysis database (raw IndexedDB, in its options page). */
function personDecisions(device: Device): Promise<Array<{ kind: string; into?: string; active: boolean }>> {
  return device.control.evaluate(async () => {
    const request = <T>(r: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
    const open = indexedDB.open('readouts-analysis', 1);
    open.onupgradeneeded = () => open.result.createObjectStore('decisions');
    const db = await request(open);
    const all = (await request(db.transaction('decisions').objectStore('decisions').getAll())) as Array<{
      kind: string;
      into?: string;
      active: boolean;
    }>;
    db.close();
    return all;
  });
}

describe('pair and person decisions across two devices', () => {
  let server: SyncServer;
  let a: Device;
  let b: Device;

  beforeAll(async () => {
    const extension = extensionCopy();
    server = await SyncServer.start(sqliteBackend());
    const tokenA = await server.addUser('alice', 'laptop');
    const tokenB = await server.token('alice', 'desktop');
    a = await Device.launch('decisions-a', extension);
    b = await Device.launch('decisions-b', extension);
    expect((await a.configure(server.url, tokenA)).state).toBe('idle');
    expect((await b.configure(server.url, tokenB)).state).toBe('idle');
    for (const id of [en, ja]) await a.capture(urlOf(id));
    await waitFor(
      "A's captures to reach B",
      async () => {
        await a.syncNow();
        await b.syncNow();
        return (await b.readouts()).length;
      },
      (n) => n === 2,
    );
  });

  afterAll(async () => {
    await a?.close();
    await b?.close();
    await server?.stop();
  });

  it('a pair split on device A shows split on device B, in a page open there', async () => {
    expect(await b.listedIds()).toEqual([ja]);
    const onB = await b.openCollection();
    await onB.waitForSelector(`.row[data-id="${ja}"] .pair-mark`);

    const onA = await a.openCollection();
    await onA.click(`.row[data-id="${ja}"]`);
    await onA.waitForSelector(`.detail[data-id="${ja}"] .pair-switch[data-en="${en}"]`);
    await onA.click('button[data-action="pair-split"]');
    await onA.waitForSelector(`.row[data-id="${en}"]`);
    await onA.close();

    await a.syncNow();
    await b.syncNow();
    // B's open page hears the round's decisions and lists both versions, with no reload.
    await onB.waitForSelector(`.row[data-id="${en}"]`);
    expect(await onB.locator(`.row[data-id="${ja}"] .pair-mark`).count()).toBe(0);
    await onB.close();
    expect(await b.listedIds()).toEqual([en, ja].sort());
  });

  it('a pair made by hand on device B shows paired on device A', async () => {
    const onB = await b.openCollection();
    await onB.click(`.row[data-id="${en}"]`);
    await onB.waitForSelector(`.detail[data-id="${en}"] select[name="pair-with"]`);
    await onB.selectOption('select[name="pair-with"]', ja);
    await onB.waitForSelector(`.row[data-id="${ja}"] .pair-mark`);
    await onB.close();
    await b.syncNow();
    await a.syncNow();
    expect(await a.listedIds()).toEqual([ja]);
  });

  it("a person decision written on A reaches B's analysis database", async () => {
    await a.control.evaluate(async () => {
      const request = <T>(r: IDBRequest<T>) =>
        new Promise<T>((resolve, reject) => {
          r.onsuccess = () => resolve(r.result);
          r.onerror = () => reject(r.error);
        });
      const open = indexedDB.open('readouts-analysis', 1);
      open.onupgradeneeded = () => open.result.createObjectStore('decisions');
      const db = await request(open);
      const decision = {
        kind: 'join',
        into: 'jp-kishida-fumio',
        from: 'jp-kishida',
        hlc: `${String(Date.now()).padStart(15, '0')}-00000-deviceA`,
        active: true,
      };
      await request(
        db
          .transaction('decisions', 'readwrite')
          .objectStore('decisions')
          .put(decision, `join\u0000${decision.into}\u0000${decision.from}`),
      );
      db.close();
    });
    await a.syncNow();
    await b.syncNow();
    expect(await personDecisions(b)).toEqual([
      expect.objectContaining({ kind: 'join', into: 'jp-kishida-fumio', active: true }),
    ]);
  });
});
