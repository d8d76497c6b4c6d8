// The extension in real Chromium: capture MOFA pages from the popup, check IndexedDB and the collection.
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { readoutIdFromUrl } from '@readouts/schema';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badgeOf, readStore, tabIdOf, waitForBadge } from './extension/inspect';
import { type LoadedExtension, launchWithExtension } from './extension/launch';
import { MofaSite } from './extension/mofa-site';

const artifacts = path.join(import.meta.dirname, 'artifacts');
const site = new MofaSite();
const ENGLISH = site.serve('/press/release/press4e_002699.html', 'press-release-press4e_002699.html');
const JAPANESE = site.serve('/mofaj/a_o/na/kr/page3_003014.html', 'mofaj-a_o-na-kr-page3_003014.html');
const PRESS_CONFERENCE = site.serve(
  '/press/kaiken/kaiken4e_000669.html',
  'press-kaiken-kaiken4e_000669.html',
);
const MARKUP = site.serve('/press/release/press4e_999001.html', 'markup-in-text-press4e_999001.html');
const MARKUP_TEXT = '<img src=x onerror=alert(1)>';

let ext: LoadedExtension;
const dialogs: string[] = [];

/** Opens a MOFA page in a tab and waits until its content script has reported to the badge. */
async function openMofaPage(url: string, badge: string): Promise<{ page: Page; tabId: number }> {
  const page = await ext.context.newPage();
  await page.goto(url);
  const tabId = await tabIdOf(ext.worker, url);
  await waitForBadge(ext.worker, tabId, badge);
  return { page, tabId };
}

/** Opens the popup as a page aimed at a tab, as the toolbar button would for the active tab. */
async function openPopup(tabId: number): Promise<Page> {
  const popup = await ext.context.newPage();
  await popup.setViewportSize({ width: 400, height: 640 });
  await popup.goto(ext.url(`popup.html?tabId=${tabId}`));
  await popup.waitForSelector('section[data-state]');
  return popup;
}

async function openCollection(): Promise<Page> {
  const page = await ext.context.newPage();
  await page.setViewportSize({ width: 1280, height: 860 });
  await page.goto(ext.url('collection.html'));
  await page.waitForSelector('body[data-ready="true"]');
  return page;
}

describe('extension in Chromium', () => {
  beforeAll(async () => {
    mkdirSync(artifacts, { recursive: true });
    ext = await launchWithExtension();
    ext.context.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await site.install(ext.context);
  });

  afterAll(async () => {
    await ext?.context.close();
  });

  it('captures an English readout from the popup into IndexedDB', async () => {
    const { tabId } = await openMofaPage(ENGLISH, '+');
    const popup = await openPopup(tabId);
    expect(await popup.getAttribute('section[data-state]', 'data-state')).toBe('new');
    expect(await popup.textContent('h1')).toBe('Japan-Australia Foreign Ministers’ Meeting');
    expect(await popup.textContent('[data-field="durationMinutes"] [data-value]')).toBe('20 min');
    expect(await popup.textContent('[data-field="participants"] [data-side="counterpart"]')).toContain(
      'Payne',
    );

    await popup.click('button[data-action="save"]');
    await popup.waitForSelector('section[data-state="saved"] .saved');
    expect(await popup.textContent('.saved')).toMatch(/^Saved /);
    await popup.screenshot({ path: path.join(artifacts, 'popup-saved.png') });

    // "Open collection" from a saved page opens the collection at that readout.
    const [opened] = await Promise.all([ext.context.waitForEvent('page'), popup.click('footer button.link')]);
    await opened.waitForSelector('.detail[data-id="press-release-press4e_002699"]');
    // The collection's URL names the selected readout (issue 11: a view can be bookmarked).
    expect(opened.url()).toBe(ext.url('collection.html?readout=press-release-press4e_002699'));
    await opened.close();
    expect(await badgeOf(ext.worker, tabId)).toBe('✓');

    const stored = await readStore(popup, 'press-release-press4e_002699');
    expect(stored.row?.readout).toMatchObject({
      title: 'Japan-Australia Foreign Ministers’ Meeting',
      lang: 'en',
      user: { tags: [], note: '', starred: false },
    });
    expect(stored.row?.countries).toEqual(['AU']);
    expect(stored.mutations).toEqual([
      expect.objectContaining({ type: 'capture', id: 1, readoutId: 'press-release-press4e_002699' }),
    ]);
  });

  it('captures a Japanese readout, and an open collection page shows it', async () => {
    const collection = await openCollection();
    expect(await collection.textContent('.count')).toBe('1 of 1 readouts');
    const { tabId } = await openMofaPage(JAPANESE, '+');
    const popup = await openPopup(tabId);
    expect(await popup.textContent('h1')).toBe('日韓外相会談');
    await popup.click('button[data-action="save"]');
    await popup.waitForSelector('.saved');
    await collection.waitForFunction(
      () => document.querySelector('.count')?.textContent === '2 of 2 readouts',
    );
    await collection.close();
    const stored = await readStore(popup, 'mofaj-a_o-na-kr-page3_003014');
    expect(stored.row?.readout).toMatchObject({ lang: 'ja', title: '日韓外相会談' });
  });

  it('explains a page that is not a readout and offers no Save', async () => {
    const { tabId } = await openMofaPage(PRESS_CONFERENCE, '');
    const popup = await openPopup(tabId);
    expect(await popup.getAttribute('section[data-state]', 'data-state')).toBe('not-readout');
    expect(await popup.textContent('.explain')).toBe('This page is not a meeting readout.');
    expect(await popup.textContent('.reasons')).toContain('press conference');
    expect(await popup.locator('button[data-action="save"], button[data-action="update"]').count()).toBe(0);
  });

  it('shows markup in page text as literal text, in the popup and the collection', async () => {
    const { tabId } = await openMofaPage(MARKUP, '+');
    const popup = await openPopup(tabId);
    expect(await popup.textContent('h1')).toBe(`Japan-Australia Foreign Ministers’ Meeting ${MARKUP_TEXT}`);
    expect(await popup.locator('img').count()).toBe(0);
    await popup.click('button[data-action="save"]');
    await popup.waitForSelector('.saved');

    const collection = await openCollection();
    await collection.click('.row[data-id="press-release-press4e_999001"]');
    await collection.waitForSelector('.detail[data-id="press-release-press4e_999001"]');
    expect(await collection.textContent('.detail-title')).toContain(MARKUP_TEXT);
    expect(await collection.textContent('.points')).toContain('<script>alert(2)</script>');
    expect(await collection.locator('img').count()).toBe(0);
    expect(await collection.locator('#detail script').count()).toBe(0);
    expect(dialogs).toEqual([]);
  });

  it('lists, searches and edits readouts in the collection, and keeps tags through an update', async () => {
    const collection = await openCollection();
    expect(await collection.locator('.row').count()).toBe(3);
    expect(await collection.textContent('.count')).toBe('3 of 3 readouts');
    expect(await collection.locator('#charts svg rect').count()).toBeGreaterThan(0);

    await collection.fill('input[name="q"]', '外相会談');
    await collection.waitForFunction(() => document.querySelectorAll('.row').length === 1);
    await collection.fill('input[name="q"]', 'payne');
    await collection.waitForFunction(() => document.querySelectorAll('.row').length === 2);
    await collection.fill('input[name="q"]', '');
    await collection.click('#charts [data-chart="countries"] .bar[data-label="KR"]');
    await collection.waitForFunction(() => document.querySelectorAll('.row').length === 1);
    expect(await collection.inputValue('select[name="country"]')).toBe('KR');
    await collection.selectOption('select[name="country"]', '');
    await collection.waitForFunction(() => document.querySelectorAll('.row').length === 3);

    await collection.click('.row[data-id="press-release-press4e_002699"]');
    await collection.fill('.tag-input', 'Indo-Pacific');
    await collection.press('.tag-input', 'Enter');
    await collection.waitForSelector('.tag');
    await collection.fill('.note', 'Follow up on NPDI.');
    await collection.locator('.note').blur();
    await collection.waitForFunction(
      () => document.querySelector<HTMLTextAreaElement>('.note')?.value === 'Follow up on NPDI.',
    );
    await collection.screenshot({ path: path.join(artifacts, 'collection.png') });

    // MOFA revises the page: the popup offers Update, which keeps the tag and note.
    site.serve('/press/release/press4e_002699.html', 'press-release-press4e_002699-revised.html');
    const { tabId } = await openMofaPage(ENGLISH, '!');
    const popup = await openPopup(tabId);
    expect(await popup.getAttribute('section[data-state]', 'data-state')).toBe('changed');
    await popup.screenshot({ path: path.join(artifacts, 'popup-changed.png') });
    await popup.click('button[data-action="update"]');
    await popup.waitForSelector('.saved');

    const stored = await readStore(popup, 'press-release-press4e_002699');
    expect(stored.row?.readout.points).toHaveLength(3);
    expect(stored.row?.readout.user).toEqual({
      tags: ['Indo-Pacific'],
      note: 'Follow up on NPDI.',
      starred: false,
    });
    expect(
      stored.mutations.filter((m) => m.readoutId === 'press-release-press4e_002699').map((m) => m.type),
    ).toEqual(['capture', 'setTags', 'setNote', 'capture']);
  });

  it('deletes with undo in the collection', async () => {
    const collection = await openCollection();
    await collection.click('.row[data-id="mofaj-a_o-na-kr-page3_003014"]');
    await collection.click('.detail .danger');
    await collection.waitForFunction(() => document.querySelectorAll('.row').length === 2);
    expect((await readStore(collection, 'mofaj-a_o-na-kr-page3_003014')).row).toBeNull();
    await collection.click('#toast button[data-action="undo"]');
    await collection.waitForFunction(() => document.querySelectorAll('.row').length === 3);
    expect((await readStore(collection, 'mofaj-a_o-na-kr-page3_003014')).row).not.toBeNull();
  });

  it('imports a large file with clear errors first, keeps the list virtualised, and exports CSV', async () => {
    const collection = await openCollection();
    const importFile = 'input[data-action="import-file"]';
    await collection.setInputFiles(importFile, {
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from('[{"id": "x"}]'),
    });
    await collection.waitForSelector('#toast.open.error');
    expect(await collection.textContent('#toast')).toContain('Nothing was imported: readout 1 (x)');

    const template = (await readStore(collection, 'press-release-press4e_002699')).row!.readout;
    // Each a page of its own: an import derives the id from the page's address, one record per page.
    const bulkUrl = (i: number) => `https://www.mofa.go.jp/press/release/bulk_${i}.html`;
    const bulk = Array.from({ length: 2000 }, (_, i) => ({
      ...template,
      id: readoutIdFromUrl(bulkUrl(i)),
      url: bulkUrl(i),
      canonicalUrl: bulkUrl(i),
      title: `Bulk meeting ${i}`,
      date: `${2010 + (i % 15)}-01-01`,
    }));
    await collection.setInputFiles(importFile, {
      name: 'bulk.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ readouts: bulk })),
    });
    await collection.waitForFunction(
      () => document.querySelector('.count')?.textContent === '2,003 of 2,003 readouts',
    );
    expect(await collection.textContent('#toast')).toContain('Imported 2000 new');
    expect(await collection.locator('.row').count()).toBeLessThan(60);
    await collection.locator('#list').evaluate((list) => {
      list.scrollTop = list.scrollHeight;
    });
    await collection.waitForFunction(() =>
      document.querySelector('.row:last-child')?.textContent?.includes('2010-01-01'),
    );
    expect(await collection.locator('.row').count()).toBeLessThan(60);
    expect(await collection.locator('#charts [data-chart="per-year"] .bar').count()).toBe(15);

    // Keyboard: End selects the last row (scrolled into view), Home the first.
    await collection.locator('#list').evaluate((list) => {
      list.scrollTop = 0;
    });
    await collection.locator('.row').first().click();
    await collection.keyboard.press('End');
    await collection.waitForFunction(() =>
      document.querySelector('.row.selected')?.textContent?.includes('2010-01-01'),
    );
    expect(await collection.textContent('.detail-title')).toMatch(/^Bulk meeting/);
    await collection.keyboard.press('Home');
    await collection.waitForFunction(() =>
      document.querySelector('.row.selected')?.textContent?.includes('2024-01-01'),
    );
    await collection.keyboard.press('ArrowDown');
    await collection.waitForFunction(() => document.querySelectorAll('.row.selected').length === 1);
    expect(await collection.locator('.row').count()).toBeLessThan(60);
    await collection.screenshot({ path: path.join(artifacts, 'collection-2003.png') });

    const [download] = await Promise.all([
      collection.waitForEvent('download'),
      collection.click('button[data-action="export-csv"]'),
    ]);
    const csv = readFileSync((await download.path())!, 'utf8');
    // The one CSV layout of @readouts/transfer (the server's too), with a byte order mark.
    expect(csv.startsWith('\uFEFFid,url,lang,title,section,publishedDate,date,')).toBe(true);
    const row = csv.split('\r\n').find((line) => line.startsWith(`${readoutIdFromUrl(bulkUrl(1999))},`));
    expect(row).toContain(`,${bulkUrl(1999)},en,Bulk meeting 1999,`);
    expect(row).toContain(',2014-01-01,');
    expect(csv).toContain(`Japan-Australia Foreign Ministers’ Meeting ${MARKUP_TEXT}`);
  });

  it('holds unlimitedStorage and shows on the options page whether the collection is kept', async () => {
    const granted = await ext.worker.evaluate(async () => {
      type Chrome = {
        runtime: { getManifest(): { permissions?: string[] } };
        permissions: { contains(p: { permissions: string[] }): Promise<boolean> };
      };
      const { chrome } = globalThis as unknown as { chrome: Chrome };
      return {
        declared: chrome.runtime.getManifest().permissions ?? [],
        unlimited: await chrome.permissions.contains({ permissions: ['unlimitedStorage'] }),
      };
    });
    expect(granted.declared).toEqual([
      'activeTab',
      'scripting',
      'storage',
      'unlimitedStorage',
      'contextMenus',
      'alarms',
      'offscreen',
    ]);
    expect(granted.unlimited).toBe(true);

    const options = await ext.context.newPage();
    await options.goto(ext.url('options.html'));
    const mode = options.locator('#storage .storage-mode');
    await mode.waitFor();
    const persisted = await options.evaluate(() => navigator.storage.persisted());
    expect(await mode.getAttribute('data-persisted')).toBe(String(persisted));
    expect(await mode.getAttribute('data-unlimited')).toBe('true');
    // Chromium answers best-effort even so: the permission is what exempts it from eviction.
    expect(await mode.textContent()).toBe(
      persisted
        ? 'Persistent: the browser will not clear the collection to free space under storage pressure.'
        : 'Best-effort, as the browser reports it; the unlimitedStorage permission still exempts the collection from eviction under storage pressure and from the quota.',
    );
    expect(await options.textContent('#storage .storage-usage')).toMatch(
      /^\S+ (bytes|kB|MB) used of [\d.]+ (GB|TB) available\.$/,
    );
    expect(Number(await options.getAttribute('#storage .storage-usage', 'data-usage'))).toBeGreaterThan(0);
    await options.close();
  });
});

// The same texts in the real www.mofa.go.jp skeleton: `#contents-header h1.title1` is the section
// label, `h2.title2` the headline, `div.rightalign` the date. A profile of their own, since the
// English page has the address (and readout id) of the reconstructed one saved above.
describe('extension in Chromium, on pages in the real MOFA skeleton', () => {
  let real: LoadedExtension;
  const realSite = new MofaSite();
  const pages = [
    {
      name: 'English',
      url: realSite.serve('/press/release/press4e_002699.html', 'real/press-release-press4e_002699.html'),
      headline: 'Japan-Australia Foreign Ministers’ Meeting',
      section: 'Press Releases',
      published: 'November 22, 2019',
      date: '2019-11-22',
      screenshot: 'popup-real-en.png',
    },
    {
      name: 'Japanese',
      url: realSite.serve('/mofaj/la_c/sa/br/page1_000839.html', 'real/mofaj-la_c-sa-br-page1_000839.html'),
      headline: '日・ブラジル首脳会談',
      section: 'ブラジル連邦共和国',
      published: '令和元年6月29日',
      date: '2019-06-29',
      screenshot: 'popup-real-ja.png',
    },
  ];

  beforeAll(async () => {
    real = await launchWithExtension();
    await realSite.install(real.context);
  });

  afterAll(async () => {
    await real?.context.close();
  });

  it.each(pages)('shows the headline, the section and the date of the $name page in the popup', async (p) => {
    const page = await real.context.newPage();
    await page.goto(p.url);
    // The served page is the real skeleton: the label in h1.title1 above the headline in h2.title2.
    const text = (selector: string) => page.locator(selector).first().textContent();
    expect(await text('#contents-header h1.title1')).toBe(p.section);
    expect(await text('#contents-header h2.title2')).toBe(p.headline);
    expect((await text('div.rightalign'))?.trim()).toBe(p.published);
    const tabId = await tabIdOf(real.worker, p.url);
    await waitForBadge(real.worker, tabId, '+');

    const popup = await real.context.newPage();
    await popup.setViewportSize({ width: 400, height: 640 });
    await popup.goto(real.url(`popup.html?tabId=${tabId}`));
    await popup.waitForSelector('section[data-state]');
    expect(await popup.getAttribute('section[data-state]', 'data-state')).toBe('new');
    // Exactly one heading, the headline; the section label is the small line above it, not the title.
    expect(await popup.locator('h1').count()).toBe(1);
    expect(await popup.textContent('h1.title')).toBe(p.headline);
    expect(await popup.textContent('h1.title')).not.toBe(p.section);
    expect(await popup.textContent('.section[data-field="section"]')).toBe(p.section);
    expect(await popup.getAttribute('.section', 'title')).toBe('Section of the MOFA site');
    expect(
      await popup.locator('.section').evaluate((line) => line.nextElementSibling?.matches('h1.title')),
    ).toBe(true);
    // The meeting date, as the popup formats dates (YYYY-MM-DD in either language).
    expect(await popup.textContent('[data-field="date"] [data-value]')).toBe(p.date);
    await popup.screenshot({ path: path.join(artifacts, p.screenshot) });
    await popup.close();
    await page.close();
  });
});

describe('extension in a Japanese Chromium', () => {
  let ja: LoadedExtension;

  beforeAll(async () => {
    ja = await launchWithExtension('ja');
    const japaneseSite = new MofaSite();
    japaneseSite.serve('/press/release/press4e_002699.html', 'press-release-press4e_002699.html');
    await japaneseSite.install(ja.context);
  });

  afterAll(async () => {
    await ja?.context.close();
  });

  it('shows the popup and the collection in Japanese', async () => {
    const page = await ja.context.newPage();
    await page.goto(ENGLISH);
    const tabId = await tabIdOf(ja.worker, ENGLISH);
    await waitForBadge(ja.worker, tabId, '+');
    const popup = await ja.context.newPage();
    await popup.goto(ja.url(`popup.html?tabId=${tabId}`));
    await popup.waitForSelector('section[data-state="new"]');
    expect(await popup.textContent('button[data-action="save"]')).toBe('保存');
    expect(await popup.textContent('[data-field="date"]')).toContain('日付');
    expect(await popup.getAttribute('html', 'lang')).toBe('ja');
    await popup.setViewportSize({ width: 400, height: 640 });
    await popup.screenshot({ path: path.join(artifacts, 'popup-ja.png') });

    const collection = await ja.context.newPage();
    await collection.goto(ja.url('collection.html'));
    await collection.waitForSelector('body[data-ready="true"]');
    expect(await collection.textContent('h1')).toBe('外務省 会談記録');
    expect(await collection.getAttribute('input[name="q"]', 'placeholder')).toBe(
      'タイトル・人物・要点を検索',
    );
  });

  it('captures from a MOFA tab left open across an extension reload, injecting the content script', async () => {
    const page = await ja.context.newPage();
    await page.goto(ENGLISH);
    const tabId = await tabIdOf(ja.worker, ENGLISH);
    await waitForBadge(ja.worker, tabId, '+');
    // Turned off and on again (as after an install or an update), the extension has no live
    // content script in the tab that was already open.
    const settings = await ja.context.newPage();
    await settings.goto('chrome://extensions');
    await settings.evaluate(async (id) => {
      type Management = { setEnabled(id: string, enabled: boolean): Promise<void> };
      const { management } = (globalThis as unknown as { chrome: { management: Management } }).chrome;
      await management.setEnabled(id, false);
      await management.setEnabled(id, true);
    }, ja.extensionId);
    const popup = await ja.context.newPage();
    for (let attempt = 0; ; attempt++) {
      try {
        await popup.goto(ja.url(`popup.html?tabId=${tabId}`));
        await popup.waitForSelector('section[data-state]', { timeout: 5000 });
        break;
      } catch (error) {
        if (attempt === 40) throw error;
        await new Promise((resolve) => setTimeout(resolve, 500)); // the extension is still starting
      }
    }
    expect(await popup.getAttribute('section[data-state]', 'data-state')).toBe('new');
    await popup.click('button[data-action="save"]');
    await popup.waitForSelector('section[data-state="saved"]');
    expect((await readStore(popup, 'press-release-press4e_002699')).row?.readout).toMatchObject({
      lang: 'en',
    });
  });
});
