// A large collection in real Chromium (5,000 readouts written into IndexedDB): the loading state
// shows, then the newest rows, then the page is ready; a search typed while the collection is
// still being read or indexed waits and then shows the right rows.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { largeCollection, seedCollection } from '../collection/large-collection';
import { openCollection, WATCH_OPENING } from '../collection/opening';
import { type LoadedExtension, launchWithExtension } from './extension/launch';

const COUNT = 5000;
const readouts = largeCollection(COUNT);
let ext: LoadedExtension;
let page: Page;

const rowIds = () => page.$$eval('#list .row', (rows) => rows.map((row) => (row as HTMLElement).dataset.id));

/**
 * An init script: once the collection's first rows are drawn, holds a write transaction on the
 * `readouts` store (a request at a time) until `window.releaseReadouts()`. Its connection opens
 * before the page's own, so the transaction begins before the page's read of the rest, which waits.
 */
function holdReadoutsAfterFirstRows(): void {
  const page = window as unknown as { releaseReadouts(): void };
  let db: IDBDatabase | null = null;
  let held = false;
  const hold = () => {
    if (held || !db || !document.querySelector('#list .row')) return;
    held = true;
    const store = db.transaction('readouts', 'readwrite').objectStore('readouts');
    let holding = true;
    page.releaseReadouts = () => {
      holding = false;
    };
    const keepAlive = () => {
      if (holding) store.get('no such readout').onsuccess = keepAlive;
    };
    keepAlive();
  };
  const open = indexedDB.open('readouts');
  open.onsuccess = () => {
    db = open.result;
    db.onversionchange = () => db?.close();
    hold();
  };
  new MutationObserver(hold).observe(document, { childList: true, subtree: true });
}

describe('a large collection in Chromium', () => {
  beforeAll(async () => {
    ext = await launchWithExtension();
    await ext.context.addInitScript(WATCH_OPENING);
    page = await ext.context.newPage();
    await page.setViewportSize({ width: 1280, height: 860 });
    await openCollection(page, ext.url('collection.html'));
    await seedCollection(page, readouts);
  });

  afterAll(async () => {
    await ext?.context.close();
  });

  it('shows the loading state, then the newest rows, then becomes ready', async () => {
    const opening = await openCollection(page, ext.url('collection.html'));
    expect(opening.loadingShown).not.toBeNull();
    expect(opening.firstRows).not.toBeNull();
    expect(opening.loadingShown!).toBeLessThanOrEqual(opening.firstRows!);
    expect(opening.firstRows!).toBeLessThan(opening.ready!);
    // Read, then indexed: said in that order, with the count once the database has counted.
    const said = opening.loadingTexts;
    expect(said.at(-1)).toBe('Indexing 5,000 readouts for search…');
    expect(said.slice(0, -1).every((text) => /^Loading (5,000 )?readouts…$/.test(text))).toBe(true);
    // The first rows are the newest meetings, before the rest has been read.
    const newest = readouts
      .map((r) => r.date!)
      .sort()
      .at(-1);
    const first = readouts.find((r) => r.id === opening.firstRowIds[0]);
    expect(first?.date).toBe(newest);
    expect(await page.isHidden('[data-loading]')).toBe(true);
    expect(await page.textContent('[data-count]')).toMatch(/ of 5,000 readouts$/);
  });

  it('answers a search typed while the collection is read and indexed once it is done', async () => {
    await page.goto(ext.url('collection.html'));
    await page.waitForSelector('#list .row');
    await page.fill('input[name="q"]', '3001');
    const readyWhenTyped = await page.evaluate(() => document.body.dataset.ready ?? null);
    expect(readyWhenTyped).toBeNull();
    expect(await page.textContent('[data-count]')).toBe(
      'Results will show once every readout is loaded and indexed.',
    );
    await page.waitForSelector('body[data-ready="true"]');
    expect(await rowIds()).toEqual(['press-release-press4e_003001']);

    // A search with many hits gives the same rows typed early as typed once the page is ready.
    await page.goto(ext.url('collection.html'));
    await page.waitForSelector('#list .row');
    await page.fill('input[name="q"]', 'quad');
    await page.waitForSelector('body[data-ready="true"]');
    const early = await page.textContent('[data-count]');
    await page.fill('input[name="q"]', '');
    await page.fill('input[name="q"]', 'quad');
    expect(await page.textContent('[data-count]')).toBe(early);
    expect(early).toMatch(/^[\d,]+ of 5,000 readouts$/);
    expect(Number(early!.split(' ')[0]!.replace(/,/g, ''))).toBeGreaterThan(300);
  });

  it('keeps the search box focused while the rest arrives, so typing goes on into it', async () => {
    // The rest is held back until the box is focused, then arrives (and the toolbar's menus with
    // it) before a key is typed.
    const typing = await ext.context.newPage();
    await typing.addInitScript(holdReadoutsAfterFirstRows);
    await typing.goto(ext.url('collection.html'));
    await typing.waitForSelector('#list .row');
    const phase = await typing.evaluate(() => {
      document.querySelector<HTMLInputElement>('input[name="q"]')!.focus();
      return document.querySelector<HTMLElement>('[data-loading]')!.dataset.loading;
    });
    expect(phase).toBe('loading');
    await typing.evaluate(() => (window as unknown as { releaseReadouts(): void }).releaseReadouts());
    await typing.waitForSelector('[data-loading]:not([data-loading="loading"])', { state: 'attached' });
    await typing.keyboard.type('3001');
    await typing.waitForSelector('body[data-ready="true"]');
    expect(await typing.inputValue('input[name="q"]')).toBe('3001');
    expect(await typing.evaluate(() => (document.activeElement as HTMLInputElement).name)).toBe('q');
    expect(
      await typing.$$eval('#list .row', (rows) => rows.map((row) => (row as HTMLElement).dataset.id)),
    ).toEqual(['press-release-press4e_003001']);
    await typing.close();
  });
});
