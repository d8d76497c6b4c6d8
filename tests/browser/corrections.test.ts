// Corrections end to end, in real Chromium with two devices of one user and a real `readouts serve`
// process, on SQLite and on PostgreSQL: device A corrects a participant and the date in the popup;
// device B re-captures the page after MOFA changed it; both devices and the server end with the
// corrections, the page's new content elsewhere, and "page changed" where the page's value moved.
// Then a program corrects and reverts a field over REST, and the devices' next pull follows.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { canonicalJson } from '@readouts/sync';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extensionCopy } from '../support/extension-build';
import { Device, waitFor } from '../sync/harness/device';
import { readoutPages } from '../sync/harness/mofa';
import { freshPgBackend } from '../sync/harness/postgres';
import { type Backend, SyncServer, sqliteBackend } from '../sync/harness/server';

const backends: Array<[string, () => Backend & { drop?(): void }]> = [
  ['SQLite', sqliteBackend],
  ['PostgreSQL', () => freshPgBackend('readouts_corrections_e2e')],
];

/** The Fourth Japan-UK Foreign Ministers' Strategic Dialogue, 2015-08-08, numbered points. */
const PAGE = readoutPages().find((page) => page.file === 'press-release-press22e_000039.html')!;
const fixtures = path.resolve(import.meta.dirname, '../../packages/extract/eval/dev/real');

/**
 * The same page as MOFA might revise it: dated a day later, and one point reworded. A test-made
 * variant of the real page, served at the real address on device B only.
 */
function revisedPage(): string {
  const original = readFileSync(path.join(fixtures, PAGE.file), 'utf8');
  const revised = original
    .replace('<div class="rightalign">August 8, 2015</div>', '<div class="rightalign">August 9, 2015</div>')
    .replace('<p>On August 8, Mr. Fumio Kishida', '<p>On August 9, Mr. Fumio Kishida')
    .replace('he strongly supported the Japanese efforts', 'he fully supported the Japanese efforts');
  if (revised.split('August 9').length !== 3 || !revised.includes('fully supported')) {
    throw new Error(`the fixture ${PAGE.file} no longer reads as this test expects`);
  }
  return revised;
}

const CORRECTED_DATE = '2015-08-07';
const CORRECTED_TITLE = 'Foreign Secretary';

interface Participant {
  name: string;
  title: string | null;
  side: string;
}

/** The fields of a readout this test looks at, as a device or the server holds it. */
interface Shown {
  date: string | null;
  durationMinutes: number | null;
  participants: Participant[];
  points: Array<{ text: string }>;
  corrected: string[];
  extracted: Record<string, unknown>;
  pageChanged: string[];
  capture: { contentHash: string };
}

/** One readout as stored in a device's IndexedDB (raw API, in its options page). */
function storedReadout(device: Device, id: string): Promise<Shown | null> {
  return device.control.evaluate(async (readoutId) => {
    const request = <T>(r: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
    const db = await request(indexedDB.open('readouts'));
    const row = (await request(db.transaction('readouts').objectStore('readouts').get(readoutId))) as
      | { readout: Shown }
      | undefined;
    db.close();
    return row?.readout ?? null;
  }, id);
}

/** The id of the newest tab showing `url` (asked from the device's options page). */
async function tabOf(device: Device, url: string): Promise<number> {
  type Tabs = { tabs: { query(q: { url: string }): Promise<Array<{ id?: number }>> } };
  return waitFor(
    'the tab',
    () =>
      device.control.evaluate(
        async (pageUrl) =>
          (await (globalThis as unknown as { chrome: Tabs }).chrome.tabs.query({ url: pageUrl })).at(-1)
            ?.id ?? -1,
        url,
      ),
    (id) => id >= 0,
  );
}

/** Opens the MOFA page in a tab and the popup aimed at it, as the toolbar button would. */
async function openPopup(device: Device, url: string): Promise<{ page: Page; popup: Page }> {
  const page = await device.context.newPage();
  await page.goto(url);
  const tabId = await tabOf(device, url);
  const popup = await device.context.newPage();
  await popup.setViewportSize({ width: 420, height: 900 });
  await popup.goto(device.url(`popup.html?tabId=${tabId}`));
  await popup.waitForSelector('section[data-state]');
  return { page, popup };
}

/** Opens a field's editor in the popup, lets `fill` change it, saves, and waits for the mark. */
async function correctField(
  popup: Page,
  field: string,
  fill: (editor: string) => Promise<void>,
): Promise<void> {
  const row = `[data-field="${field}"]`;
  await popup.click(`${row} [data-action="edit"]`);
  await popup.waitForSelector(`${row} .field-editor`);
  await fill(`${row} .field-editor`);
  await popup.click(`${row} [data-action="save"]`);
  await popup.waitForSelector(`${row}[data-corrected]`);
}

/** Syncs both devices until neither has anything to push and both hold the same readout. */
async function converge(a: Device, b: Device, id: string): Promise<Shown> {
  let differ: string[] = [];
  for (let round = 0; round < 5; round++) {
    await a.syncNow();
    await b.syncNow();
    await a.syncNow();
    const [ra, rb] = [await storedReadout(a, id), await storedReadout(b, id)];
    const pending = [await a.pending(), await b.pending()];
    // Compared by value: a pulled record and a locally written one may list keys in another order.
    differ = Object.keys({ ...ra, ...rb }).filter(
      (key) =>
        canonicalJson((ra as Record<string, unknown> | null)?.[key] ?? null) !==
        canonicalJson((rb as Record<string, unknown> | null)?.[key] ?? null),
    );
    if (pending[0] === 0 && pending[1] === 0 && ra !== null && differ.length === 0) return ra;
    differ.push(`pending ${pending.join('/')}`);
  }
  throw new Error(`devices did not converge: ${differ.join(', ')}`);
}

const hammond = (readout: Shown) => readout.participants.find((p) => p.name.includes('Hammond'));

describe.each(backends)('corrections across two devices on %s', (_name, makeBackend) => {
  let backend: Backend & { drop?(): void };
  let server: SyncServer;
  let a: Device;
  let b: Device;
  let tokenA: string;
  let tokenB: string;
  const id = 'press-release-press22e_000039';

  const api = async (method: string, body?: unknown) => {
    const response = await fetch(`${server.url}/api/v1/readouts/${id}`, {
      method,
      headers: { Authorization: `Bearer ${tokenA}`, 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return { status: response.status, body: (await response.json()) as Shown & { error?: unknown } };
  };

  beforeAll(async () => {
    const extension = extensionCopy();
    backend = makeBackend();
    server = await SyncServer.start(backend);
    tokenA = await server.addUser('alice', 'laptop');
    tokenB = await server.token('alice', 'desktop');
    a = await Device.launch('device-a', extension);
    b = await Device.launch('device-b', extension);
    // Device B sees MOFA's revised page (routes registered later answer first).
    const revised = revisedPage();
    await b.context.route(PAGE.url, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: revised }),
    );
  });

  afterAll(async () => {
    await a?.close();
    await b?.close();
    await server?.stop();
    backend?.drop?.();
  });

  it('device A saves the page and corrects the date and a participant in the popup', async () => {
    expect((await a.configure(server.url, tokenA)).state).toBe('idle');
    expect((await b.configure(server.url, tokenB)).state).toBe('idle');
    const { page, popup } = await openPopup(a, PAGE.url);
    await popup.click('button[data-action="save"]');
    await popup.waitForSelector('section[data-state="saved"]');
    const saved = (await storedReadout(a, id))!;
    expect(saved.date).toBe('2015-08-08');
    expect(hammond(saved)?.title).not.toBe(CORRECTED_TITLE);

    await correctField(popup, 'date', (editor) => popup.fill(`${editor} input`, CORRECTED_DATE));
    await correctField(popup, 'participants', async (editor) => {
      const index = await popup.$$eval(`${editor} fieldset[data-participant]`, (sets) =>
        sets.findIndex((set) =>
          (set.querySelector<HTMLInputElement>('input[data-part="name"]')?.value ?? '').includes('Hammond'),
        ),
      );
      expect(index).toBeGreaterThanOrEqual(0);
      await popup.fill(
        `${editor} fieldset[data-participant="${index}"] input[data-part="title"]`,
        CORRECTED_TITLE,
      );
    });
    await popup.close();
    await page.close();

    const corrected = (await storedReadout(a, id))!;
    expect(corrected.date).toBe(CORRECTED_DATE);
    expect(hammond(corrected)?.title).toBe(CORRECTED_TITLE);
    expect(corrected.corrected).toEqual(['date', 'participants']);
    expect(corrected.extracted.date).toBe('2015-08-08');
    expect(corrected.pageChanged).toEqual([]);
  });

  it('device B re-captures the changed page; everyone keeps the corrections and sees the new content', async () => {
    await converge(a, b, id);
    const before = (await storedReadout(b, id))!;
    expect(before.date).toBe(CORRECTED_DATE);

    const { page, popup } = await openPopup(b, PAGE.url);
    expect(await popup.getAttribute('section[data-state]', 'data-state')).toBe('changed');
    await popup.click('button[data-action="update"]');
    await waitFor(
      "B's re-capture",
      () => storedReadout(b, id),
      (r) => r !== null && r.capture.contentHash !== before.capture.contentHash,
    );
    await popup.close();
    await page.close();

    const final = await converge(a, b, id);
    const fromServer = await api('GET');
    expect(fromServer.status).toBe(200);
    for (const [where, readout] of [
      ['device A', await storedReadout(a, id)],
      ['device B', await storedReadout(b, id)],
      ['server', fromServer.body],
    ] as const) {
      const r = readout!;
      // The corrections stay; the page moved the date under one of them, which says so.
      expect(r.date, where).toBe(CORRECTED_DATE);
      expect(hammond(r)?.title, where).toBe(CORRECTED_TITLE);
      expect(r.corrected, where).toEqual(['date', 'participants']);
      expect(r.extracted.date, where).toBe('2015-08-09');
      expect(r.pageChanged, where).toEqual(['date']);
      // Everything else is the page's new content.
      const points = r.points.map((p) => p.text).join('\n');
      expect(points, where).toContain('he fully supported the Japanese efforts');
      expect(points, where).not.toContain('strongly supported');
      expect(r.capture.contentHash, where).toBe(final.capture.contentHash);
    }
  });

  it('a program corrects a field over REST, every device pulls it, and null reverts it', async () => {
    const page = (await api('GET')).body;
    expect(page.durationMinutes).toBe(60);

    const patched = await api('PATCH', { durationMinutes: 65 });
    expect(patched.status).toBe(200);
    expect(patched.body.durationMinutes).toBe(65);
    expect(patched.body.corrected).toEqual(['date', 'durationMinutes', 'participants']);
    expect((await api('GET')).body.corrected).toContain('durationMinutes');
    await a.syncNow();
    await b.syncNow();
    for (const device of [a, b]) {
      expect((await storedReadout(device, id))?.durationMinutes).toBe(65);
      expect((await storedReadout(device, id))?.corrected).toContain('durationMinutes');
    }

    // A correction the schema refuses changes nothing.
    const bad = await api('PATCH', { date: '2020-13-45' });
    expect(bad.status).toBe(400);
    expect((await api('GET')).body.date).toBe(CORRECTED_DATE);

    const reverted = await api('PATCH', { durationMinutes: null });
    expect(reverted.status).toBe(200);
    expect(reverted.body.durationMinutes).toBe(60);
    expect(reverted.body.corrected).toEqual(['date', 'participants']);
    await a.syncNow();
    await b.syncNow();
    for (const device of [a, b]) {
      const r = (await storedReadout(device, id))!;
      expect(r.durationMinutes).toBe(60);
      expect(r.corrected).toEqual(['date', 'participants']);
      expect(r.date).toBe(CORRECTED_DATE);
    }
  });
});
