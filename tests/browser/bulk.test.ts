// Bulk capture end to end, in real Chromium with a real `readouts serve`: a real-skeleton press-release
// list linking 200 readouts (plus a PDF, another site, a page that is not a readout, a page that
// answers 500 once and one that is missing) at real www.mofa.go.jp addresses. The popup finds the
// links, marks the one already captured, and the background captures the rest while its service
// worker is stopped once and the browser is closed and started again; each page ends captured
// once, the failures and non-readouts listed, and the outbox synced. Then an English and a
// Japanese page of one meeting show as one meeting in the collection.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extensionCopy } from '../support/extension-build';
import { Device, waitFor } from '../sync/harness/device';
import { readoutPages } from '../sync/harness/mofa';
import { SyncServer, sqliteBackend } from '../sync/harness/server';

const repo = path.resolve(import.meta.dirname, '../..');
const real = path.join(repo, 'packages/extract/eval/dev/real');
const LIST_URL = 'https://www.mofa.go.jp/mofaj/press/release/index.html';
const COUNT = 200;
/** The readout answering 500 before it answers. */
const FLAKY = 7;
const NOT_READOUT_URL = 'https://www.mofa.go.jp/press/release/press4e_909000.html';
const MISSING_URL = 'https://www.mofa.go.jp/press/release/press4e_909404.html';

interface SitePage {
  url: string;
  id: string;
  html: string;
  text: string;
}

/** The id `readoutIdFromUrl` gives these addresses: the path with `/` as `-`, without `.html`. */
const idOf = (url: string) =>
  new URL(url).pathname
    .slice(1)
    .replace(/\.html$/, '')
    .replace(/\//g, '-');

/**
 * 200 readouts made from the dev set's real-skeleton readout pages, each at an address of its own
 * (its og:url and canonical link moved there, so it gets its own id).
 */
function readoutSite(): SitePage[] {
  const bases = readoutPages();
  return Array.from({ length: COUNT }, (_, k) => {
    const base = bases[k % bases.length]!;
    const ja = base.lang === 'ja';
    const url = `https://www.mofa.go.jp/${ja ? 'mofaj/' : ''}press/release/press4${ja ? '' : 'e'}_${900000 + k}.html`;
    const html = readFileSync(path.join(real, base.file), 'utf8')
      .replace(/(<meta property="og:url" content=")[^"]*"/, `$1${url}"`)
      .replace(/(<link rel="canonical" href=")[^"]*"/, `$1${url}"`);
    const text = ja ? `日・相手国外相会談（その${k}）` : `Japan-Partner Foreign Ministers' Meeting (${k})`;
    return { url, id: idOf(url), html, text };
  });
}

/** The real press-release index with its entries replaced by links to `entries`, ten a day. */
function listPage(entries: Array<{ url: string; text: string }>): string {
  const index = readFileSync(
    path.join(repo, 'packages/bulk/src/__tests__/fixtures/real-press-release-index.html'),
    'utf8',
  );
  const start = index.indexOf('<dl class="title-list">');
  const end = index.indexOf('</dl>', start) + '</dl>'.length;
  if (start < 0 || end < start) throw new Error('the index fixture no longer has its title list');
  const days: string[] = [];
  for (let i = 0; i < entries.length; i += 10) {
    const items = entries
      .slice(i, i + 10)
      .map((e) => `<li><a href="${e.url}">${e.text}</a></li>`)
      .join('\n');
    days.push(`<dt class="list-title">8月${Math.max(1, 28 - Math.floor(i / 10))}日付</dt>
      <dd><ul class="link-list">${items}</ul></dd>`);
  }
  return `${index.slice(0, start)}<dl class="title-list">${days.join('\n')}</dl>${index.slice(end)}`;
}

const site = readoutSite();
const notReadout = readFileSync(path.join(real, 'press-kaiken-kaiken1e_000004.html'), 'utf8');
const list = listPage([
  ...site,
  { url: NOT_READOUT_URL, text: "Japan-Ruritania Foreign Ministers' Meeting" },
  { url: MISSING_URL, text: "Japan-Atlantis Foreign Ministers' Telephone Talk" },
  { url: '/mofaj/files/100000001.pdf', text: '日米外相会談（PDF）' },
  { url: 'https://www.kantei.go.jp/jp/meeting/summit.html', text: 'Japan-U.S. Summit Meeting' },
]);

/** Requests per address, as the stand-in site saw them. */
const requests = new Map<string, number>();

/** Serves the list, the readouts and the odd pages at their addresses (over the dev set's routes). */
async function routeSite(context: BrowserContext): Promise<void> {
  const byUrl = new Map(site.map((p) => [p.url, p.html]));
  await context.route('https://www.mofa.go.jp/**', async (route) => {
    const url = route.request().url();
    const seen = (requests.get(url) ?? 0) + 1;
    requests.set(url, seen);
    const html = (body: string) =>
      route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
    if (url === LIST_URL) return html(list);
    if (url === NOT_READOUT_URL) return html(notReadout);
    if (url === MISSING_URL) return route.fulfill({ status: 404, body: 'not found' });
    const page = byUrl.get(url);
    if (!page) return route.fallback();
    if (url === site[FLAKY]!.url && seen === 1) return route.fulfill({ status: 500, body: 'busy' });
    return html(page);
  });
}

type Chrome = {
  tabs: { query(q: { url: string }): Promise<Array<{ id?: number }>> };
  storage: { local: { set(items: Record<string, unknown>): Promise<void> } };
};

async function setSpacingOverride(device: Device, ms: number): Promise<void> {
  await device.control.evaluate(
    (value) =>
      (globalThis as unknown as { chrome: Chrome }).chrome.storage.local.set({
        bulkSpacingTestOverrideMs: value,
      }),
    ms,
  );
}

/** The capture queue as the extension keeps it in IndexedDB. */
interface StoredQueue {
  status: string;
  items: Array<{ id: string; url: string; status: string; outcome: string | null; reasons: string[] }>;
}

function storedQueue(device: Device): Promise<StoredQueue | null> {
  return device.control.evaluate(async () => {
    const request = <T>(r: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
    const db = await request(indexedDB.open('readouts'));
    const row = (await request(db.transaction('bulk').objectStore('bulk').get('queue'))) as
      | { value: StoredQueue }
      | undefined;
    db.close();
    return row?.value ?? null;
  });
}

/** Opens the list page in a tab and the popup aimed at it. */
async function openPopup(device: Device, url: string): Promise<{ page: Page; popup: Page }> {
  const page = await device.context.newPage();
  await page.goto(url);
  const tabId = await waitFor(
    'the tab',
    () =>
      device.control.evaluate(
        async (u) =>
          (await (globalThis as unknown as { chrome: Chrome }).chrome.tabs.query({ url: u })).at(-1)?.id ??
          -1,
        url,
      ),
    (id) => id >= 0,
  );
  const popup = await device.context.newPage();
  await popup.setViewportSize({ width: 420, height: 900 });
  await popup.goto(device.url(`popup.html?tabId=${tabId}`));
  return { page, popup };
}

/** The popup's progress counts. */
async function progress(
  popup: Page,
): Promise<{ done: number; left: number; failed: number; status: string }> {
  const section = popup.locator('.bulk-progress');
  if ((await section.count()) === 0) return { done: 0, left: -1, failed: 0, status: 'none' };
  const attr = async (name: string) => (await section.getAttribute(name)) ?? '';
  return {
    done: Number(await attr('data-done')),
    left: Number(await attr('data-left')),
    failed: Number(await attr('data-failed')),
    status: await attr('data-status'),
  };
}

describe('bulk capture from a MOFA list page', () => {
  let server: SyncServer;
  let device: Device;
  let token: string;

  beforeAll(async () => {
    server = await SyncServer.start(sqliteBackend());
    token = await server.addUser('alice', 'laptop');
    device = await Device.launch('bulk', extensionCopy());
    await routeSite(device.context);
    expect((await device.configure(server.url, token)).state).toBe('idle');
    // Spacing overridden for the test (the options page never goes below one second).
    await setSpacingOverride(device, 10);
  });

  afterAll(async () => {
    await device?.close();
    await server?.stop();
  });

  it('lists the readout links of the page, the captured one marked, without the PDF and the other site', async () => {
    await device.capture(site[0]!.url);
    const { popup } = await openPopup(device, LIST_URL);
    await popup.click('button[data-action="bulk-discover"]');
    await popup.waitForSelector('.bulk-links li');
    const ids = await popup.$$eval('.bulk-links li', (items) =>
      items.map((li) => li.getAttribute('data-id')!),
    );
    expect(ids).toHaveLength(COUNT + 2);
    expect(new Set(ids)).toEqual(
      new Set([...site.map((p) => p.id), idOf(NOT_READOUT_URL), idOf(MISSING_URL)]),
    );
    expect(await popup.getAttribute(`.bulk-links li[data-id="${site[0]!.id}"]`, 'data-captured')).toBe(
      'true',
    );
    expect(await popup.textContent('button[data-action="bulk-start"]')).toContain(String(COUNT + 1));

    // The text filter narrows the list (and what Capture takes); emptied, everything is back.
    await popup.fill('input[name="bulk-text"]', 'Atlantis');
    expect(await popup.locator('.bulk-links li').count()).toBe(1);
    await popup.click('button[data-action="bulk-select-none"]');
    await popup.fill('input[name="bulk-text"]', '');
    expect(await popup.locator('.bulk-links li').count()).toBe(COUNT + 2);
    expect(await popup.textContent('button[data-action="bulk-start"]')).toContain(String(COUNT));
    await popup.click('button[data-action="bulk-select-all"]');
    expect(await popup.textContent('button[data-action="bulk-start"]')).toContain(String(COUNT + 1));
    await popup.close();
  });

  it('captures them all, resuming after a stopped worker and a browser restart, each page once', async () => {
    let { popup } = await openPopup(device, LIST_URL);
    await popup.click('button[data-action="bulk-discover"]');
    await popup.waitForSelector('button[data-action="bulk-start"]:not([disabled])');
    await popup.click('button[data-action="bulk-start"]');
    await waitFor(
      'a third captured',
      () => progress(popup),
      (p) => p.done >= 60,
      120_000,
    );

    await device.stopServiceWorker();
    // The popup's next poll starts the worker again, and the stored queue goes on.
    const resumed = await waitFor(
      'the queue to go on',
      () => progress(popup),
      (p) => p.done >= 120,
      120_000,
    );
    expect(resumed.status).toBe('running');

    // Closed mid-way: a long spacing first, so the restarted browser asks for nothing before the
    // stand-in site is routed again (then the spacing is short again).
    await setSpacingOverride(device, 20_000);
    const before = (await storedQueue(device))!.items.filter((i) => i.status === 'done').length;
    device = await device.restart();
    await routeSite(device.context);
    await setSpacingOverride(device, 10);
    ({ popup } = await openPopup(device, LIST_URL));
    const finished = await waitFor(
      'the queue to finish',
      () => progress(popup),
      (p) => p.left === 0,
      180_000,
    );
    // The browser was closed with pages still to go.
    expect(before).toBeGreaterThanOrEqual(120);
    expect(before).toBeLessThan(COUNT);
    expect(finished).toMatchObject({ done: COUNT, failed: 1, status: 'running' });

    const queue = (await storedQueue(device))!;
    const captured = queue.items.filter((i) => i.outcome === 'captured').map((i) => i.id);
    expect(captured.sort()).toEqual(
      site
        .slice(1)
        .map((p) => p.id)
        .sort(),
    );
    expect(queue.items.filter((i) => i.outcome === 'not-readout').map((i) => i.id)).toEqual([
      idOf(NOT_READOUT_URL),
    ]);
    expect(queue.items.filter((i) => i.status === 'failed').map((i) => [i.id, i.reasons])).toEqual([
      [idOf(MISSING_URL), ['http.404']],
    ]);
    // The 500 was asked again after its back-off; no page was asked more than twice.
    expect(requests.get(site[FLAKY]!.url)).toBe(2);
    for (const page of site) expect(requests.get(page.url) ?? 0, page.url).toBeLessThanOrEqual(3);

    const stored = await device.readouts();
    expect(stored.map((r) => r.id).sort()).toEqual(site.map((p) => p.id).sort());

    // The popup lists the failure with Retry and the page that is not a readout with its reason.
    expect(await popup.getAttribute('.bulk-failures li', 'data-id')).toBe(idOf(MISSING_URL));
    expect(await popup.textContent('.bulk-failures li')).toContain('404');
    expect(await popup.locator('.bulk-failures button[data-action="bulk-retry"]').count()).toBe(1);
    expect(await popup.getAttribute('.bulk-not-readouts li', 'data-id')).toBe(idOf(NOT_READOUT_URL));
    await popup.close();
  });

  it('syncs the captures to the server, each captured once', async () => {
    await waitFor(
      'the outbox to drain',
      async () => {
        await device.syncNow();
        return device.pending();
      },
      (n) => n === 0,
      60_000,
    );
    const auth = { Authorization: `Bearer ${token}` };
    const ids: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
      const response = await fetch(`${server.url}/api/v1/readouts?limit=100${query}`, { headers: auth });
      const page = (await response.json()) as { items: Array<{ id: string }>; nextCursor: string | null };
      ids.push(...page.items.map((r) => r.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(ids.sort()).toEqual(site.map((p) => p.id).sort());
    for (const page of site) {
      const response = await fetch(`${server.url}/api/v1/readouts/${page.id}/history`, { headers: auth });
      const history = (await response.json()) as { items: Array<{ type: string }> };
      expect(history.items.filter((e) => e.type === 'capture').length, page.id).toBe(1);
    }
  });
});

describe('one meeting in two languages', () => {
  let device: Device;
  const en = 'la_c-m_ca_c-mx-page4e_000895';
  const ja = 'mofaj-la_c-m_ca_c-mx-page4_004273';
  const otherMeeting = 'mofaj-la_c-m_ca_c-mx-page4_004275';
  const urlOf = (id: string) => readoutPages().find((p) => idOf(p.url) === id)!.url;

  beforeAll(async () => {
    device = await Device.launch('pairs', extensionCopy());
    for (const id of [en, ja, otherMeeting]) await device.capture(urlOf(id));
  });

  afterAll(async () => {
    await device?.close();
  });

  it('lists the English and Japanese pages once, the other meeting that afternoon apart', async () => {
    expect(await device.listedIds()).toEqual([ja, otherMeeting].sort());
  });

  it('switches language in the detail view, Japanese marked authoritative; a split lists both', async () => {
    const page = await device.openCollection();
    await page.click(`.row[data-id="${ja}"]`);
    await page.waitForSelector(`.detail[data-id="${ja}"] .pair-switch[data-en="${en}"]`);
    expect(await page.locator('.pair-note.authoritative').count()).toBe(1);
    expect(await page.locator(`.row[data-id="${ja}"] .pair-mark`).count()).toBe(1);
    await page.click('.pair-switch button[data-lang="en"]');
    await page.waitForSelector(`.detail[data-id="${en}"] .pair-note.provisional`);

    // A search in English finds the meeting (its English version).
    const title = (await device.readouts()).find((r) => r.id === en)!.title;
    await page.fill('input[name="q"]', title);
    await page.waitForSelector(`.row[data-id="${en}"]`);
    await page.fill('input[name="q"]', '');

    await page.click('button[data-action="pair-split"]');
    await page.waitForSelector(`.row[data-id="${en}"]`);
    expect(await page.locator('.row[data-id]').count()).toBe(3);
    await page.close();
    // The decision is kept: a fresh page lists all three.
    expect(await device.listedIds()).toEqual([en, ja, otherMeeting].sort());
  });
});
