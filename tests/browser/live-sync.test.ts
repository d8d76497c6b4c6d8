// Live sync end to end, in real Chromium with two devices of one user and a real `readouts serve`:
// nobody presses "Sync now" while a collection page is open. Device A tags a readout and B's open
// collection shows the tag a few seconds later; a delete on B leaves A's open collection; both
// status lines say "Synced just now". Then a note edited on both devices while the server is down
// shows as a conflict on both once they sync; resolving it on A clears it on B. Device B runs a
// Japanese browser, so its status line and conflict panel are checked in Japanese; the conflict
// on both is what docs/screenshots/collection-{en,ja}.png show.
//
// The periodic alarm is the trigger under test: its period (chrome.storage.local
// `syncPeriodSeconds`, five minutes by default) is set to two seconds, which Chrome allows an
// unpacked build, rather than this test waiting minutes.
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extensionCopy } from '../support/extension-build';
import { Device, waitFor } from '../sync/harness/device';
import { readoutPages } from '../sync/harness/mofa';
import { SyncServer, sqliteBackend } from '../sync/harness/server';

const PAGE = readoutPages().find((page) => page.file === 'press-release-press22e_000039.html')!;
const ID = 'press-release-press22e_000039';
/** How long a change may take to reach the other device's open page: push debounce plus a period. */
const LIVE_MS = 20_000;
const PERIOD_SECONDS = 2;
const artifacts = path.join(import.meta.dirname, 'artifacts');
/** Readouts besides PAGE, so the screenshots show a list rather than one row. */
const OTHERS = readoutPages()
  .filter((page) => page.file !== PAGE.file)
  .slice(0, 3);

/** What each device's UI says, in its language. */
const SAYS = {
  en: {
    synced: 'Synced just now · no changes pending',
    conflict: 'Edited on another device',
    connected: (device: string) => `User “alice”, device token “${device}”.`,
    thisBrowser: '(this browser)',
  },
  ja: {
    synced: '最終同期: たった今 · 保留中の変更なし',
    conflict: '別の端末で編集されました',
    connected: (device: string) => `ユーザー「alice」、デバイストークン「${device}」。`,
    thisBrowser: '（このブラウザー）',
  },
};

/** Sets the device's periodic sync period (the background re-schedules its alarm on the change). */
async function syncEvery(device: Device, seconds: number): Promise<void> {
  await device.control.evaluate(async (value) => {
    type Local = { set(items: Record<string, unknown>): Promise<void> };
    const chrome = (globalThis as unknown as { chrome: { storage: { local: Local } } }).chrome;
    await chrome.storage.local.set({ syncPeriodSeconds: value });
  }, seconds);
  type Alarms = { alarms: { get(name: string): Promise<{ periodInMinutes?: number } | undefined> } };
  await waitFor(
    `${device.name}'s alarm to follow`,
    () =>
      device.control.evaluate(
        async () =>
          (await (globalThis as unknown as { chrome: Alarms }).chrome.alarms.get('readouts-sync'))
            ?.periodInMinutes ?? null,
      ),
    (period) => period !== null && Math.abs(period * 60 - seconds) < 0.01,
  );
}

/** Opens the collection page with the readout selected, and leaves it open. */
async function openAt(device: Device, id: string): Promise<Page> {
  const page = await device.openCollection();
  await page.click(`.row[data-id="${id}"]`);
  await page.waitForSelector(`.detail[data-id="${id}"]`);
  return page;
}

const statusText = async (page: Page) => (await page.locator('.sync-status .sync-text').textContent()) ?? '';

/** Waits for the page's status line to say the last round just ended with nothing left to push. */
async function syncedJustNow(page: Page, lang: keyof typeof SAYS = 'en'): Promise<string> {
  return waitFor(
    'the status line',
    () => statusText(page),
    (text) => text === SAYS[lang].synced,
    LIVE_MS,
  );
}

/** Types a note in the open detail view; the change is saved when the box loses focus. */
async function typeNote(page: Page, text: string): Promise<void> {
  await page.fill('.detail textarea.note', text);
  await page.locator('.detail textarea.note').blur();
  await page.waitForFunction(
    (expected) => document.querySelector<HTMLTextAreaElement>('.detail textarea.note')?.value === expected,
    text,
  );
}

/**
 * Saves a MOFA page from the popup, as a user would, and answers what the popup's status line
 * said once the saved state showed (the popup stays open until then).
 */
async function saveInPopup(device: Device, url: string): Promise<string> {
  const page = await device.context.newPage();
  await page.goto(url);
  type Tabs = { tabs: { query(q: { url: string }): Promise<Array<{ id?: number }>> } };
  const tabId = await waitFor(
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
  const popup = await device.context.newPage();
  await popup.goto(device.url(`popup.html?tabId=${tabId}`));
  await popup.click('button[data-action="save"]');
  await popup.waitForSelector('section[data-state="saved"]');
  // The push waits about 2 s after the change: until then the line must count it.
  const said = await waitFor(
    'the popup status line',
    () => statusText(popup),
    (text) => text.endsWith('1 change pending'),
    5_000,
  );
  await popup.close();
  await page.close();
  return said;
}

const versionsShown = (page: Page) =>
  page.$$eval('.detail .note-conflicts .version-text', (texts) => texts.map((p) => p.textContent ?? ''));

describe('live sync between two open collections', () => {
  let server: SyncServer;
  let a: Device;
  let b: Device;
  let pageA: Page;
  let pageB: Page;

  beforeAll(async () => {
    const extension = extensionCopy();
    server = await SyncServer.start(sqliteBackend());
    const tokenA = await server.addUser('alice', 'laptop');
    const tokenB = await server.token('alice', 'desktop');
    a = await Device.launch('live-a', extension);
    b = await Device.launch('live-b', extension, 'ja');
    expect((await a.configure(server.url, tokenA)).state).toBe('idle');
    // The harness waits for the English wording of the options page; B's is Japanese.
    await b.configure(server.url, tokenB);
    expect((await b.syncNow()).state).toBe('idle');
  });

  afterAll(async () => {
    await a?.close();
    await b?.close();
    await server?.stop();
  });

  it('shows on the options page which user and device each browser is connected as', async () => {
    for (const [device, label, lang] of [
      [a, 'laptop', 'en'],
      [b, 'desktop', 'ja'],
    ] as const) {
      await device.control.waitForSelector('#identity[data-identity="connected"]');
      expect(await device.control.locator('#identity .identity').textContent()).toBe(
        SAYS[lang].connected(label),
      );
      const clientId = await device.clientId();
      expect(await device.control.locator(`#identity li[data-client="${clientId}"]`).textContent()).toContain(
        SAYS[lang].thisBrowser,
      );
    }
  });

  it("shows A's capture and tag in B's open collection without Sync now", async () => {
    await syncEvery(a, PERIOD_SECONDS);
    await syncEvery(b, PERIOD_SECONDS);
    // Right after Save the popup counts the change as waiting, never "no changes pending".
    expect(await saveInPopup(a, PAGE.url)).toMatch(/ · 1 change pending$/);
    pageA = await openAt(a, ID);
    pageB = await b.openCollection();
    await pageB.waitForSelector(`.row[data-id="${ID}"]`, { timeout: LIVE_MS });
    await pageB.click(`.row[data-id="${ID}"]`);

    await pageA.fill('.tag-input', 'Quad');
    await pageA.press('.tag-input', 'Enter');
    await pageA.waitForSelector('.detail .tag:has-text("Quad")');
    // Right after the edit, A's own status line counts it as waiting, never "no changes pending".
    await waitFor(
      "A's pending change",
      () => statusText(pageA),
      (text) => text.endsWith('1 change pending'),
      5_000,
    );
    await pageB.waitForSelector('.detail .tag:has-text("Quad")', { timeout: LIVE_MS });
    await syncedJustNow(pageA);
    await syncedJustNow(pageB, 'ja');
  });

  it("takes a delete on B out of A's open collection", async () => {
    await pageB.click('.detail .danger');
    await pageB.waitForSelector(`.row[data-id="${ID}"]`, { state: 'detached' });
    await pageA.waitForSelector(`.row[data-id="${ID}"]`, { state: 'detached', timeout: LIVE_MS });
    expect(await a.readouts()).toEqual([]);
    await syncedJustNow(pageA);
    await syncedJustNow(pageB, 'ja');
  });

  it('keeps a note edited on both devices offline as a conflict on both; resolved on A, gone on B', async () => {
    for (const other of OTHERS) await a.capture(other.url);
    await a.capture(PAGE.url);
    await pageA.reload();
    await pageA.waitForSelector('body[data-ready="true"]');
    await pageA.click(`.row[data-id="${ID}"]`);
    await pageB.waitForSelector(`.row[data-id="${ID}"]`, { timeout: LIVE_MS });
    await pageB.click(`.row[data-id="${ID}"]`);
    await pageB.waitForSelector(`.detail[data-id="${ID}"]`);
    await syncedJustNow(pageA);
    await syncedJustNow(pageB, 'ja');

    await server.stop();
    await typeNote(pageA, 'Laptop: agreed on the 2+2.');
    await typeNote(pageB, 'Desktop: follow up in October.');
    await server.restart();
    // Back online: however the rounds interleave, both versions end up on both devices.
    for (let round = 0; round < 3; round++) {
      await a.syncNow();
      await b.syncNow();
    }
    const both = ['Desktop: follow up in October.', 'Laptop: agreed on the 2+2.'];
    for (const [page, lang] of [
      [pageA, 'en'],
      [pageB, 'ja'],
    ] as const) {
      await page.waitForSelector('.detail .note-conflicts', { timeout: LIVE_MS });
      expect((await versionsShown(page)).sort()).toEqual(both);
      expect(await page.locator('.detail .note-conflicts h4').textContent()).toBe(SAYS[lang].conflict);
      await syncedJustNow(page, lang);
      await page.locator('.detail .note-conflicts').scrollIntoViewIfNeeded();
      await page.screenshot({ path: path.join(artifacts, `collection-conflict-${lang}.png`) });
    }

    await pageA.click('.detail .note-conflicts [data-action="join-versions"]');
    await pageA.waitForSelector('.detail .note-conflicts', { state: 'detached' });
    const joined = await pageA.locator('.detail textarea.note').inputValue();
    expect(joined.split('\n\n').sort()).toEqual(both);
    // No Sync now from here: A pushes after its edit, B pulls on its alarm.
    await pageB.waitForSelector('.detail .note-conflicts', { state: 'detached', timeout: LIVE_MS });
    await pageB.waitForFunction(
      (expected) => document.querySelector<HTMLTextAreaElement>('.detail textarea.note')?.value === expected,
      joined,
      { timeout: LIVE_MS },
    );
    await syncedJustNow(pageA);
    await syncedJustNow(pageB, 'ja');
  });
});
