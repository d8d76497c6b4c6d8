// Batch edits in the collection, in real Chromium: pick readouts with the mouse and the keyboard,
// tag, set the format, delete, and undo each, checked in IndexedDB.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tabIdOf, waitForBadge } from './extension/inspect';
import { type LoadedExtension, launchWithExtension } from './extension/launch';
import { MofaSite } from './extension/mofa-site';

const site = new MofaSite();
const PAGES = [
  site.serve('/press/release/press4e_002699.html', 'press-release-press4e_002699.html'),
  site.serve('/mofaj/a_o/na/kr/page3_003014.html', 'mofaj-a_o-na-kr-page3_003014.html'),
  site.serve('/press/release/press4e_999001.html', 'markup-in-text-press4e_999001.html'),
];

let ext: LoadedExtension;

interface Stored {
  id: string;
  format: string;
  corrected: string[];
  tags: string[];
  starred: boolean;
}

/** Every stored readout (sorted by id) and the queued mutation types, read with the raw IndexedDB API. */
function readAll(page: Page): Promise<{ readouts: Stored[]; outbox: string[] }> {
  return page.evaluate(async () => {
    const request = <T>(r: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
    const db = await request(indexedDB.open('readouts'));
    const tx = db.transaction(['readouts', 'outbox']);
    type Row = {
      id: string;
      readout: { format: string; corrected: string[]; user: { tags: string[]; starred: boolean } };
    };
    const rows = (await request(tx.objectStore('readouts').getAll())) as Row[];
    const outbox = (await request(tx.objectStore('outbox').getAll())) as Array<{
      mutation: { type: string };
    }>;
    db.close();
    return {
      readouts: rows
        .map((row) => ({
          id: row.id,
          format: row.readout.format,
          corrected: row.readout.corrected,
          tags: row.readout.user.tags,
          starred: row.readout.user.starred,
        }))
        .sort((a, b) => (a.id < b.id ? -1 : 1)),
      outbox: outbox.map((entry) => entry.mutation.type),
    };
  });
}

/** Saves a MOFA page from the popup, as the toolbar button would for its tab. */
async function capture(url: string): Promise<void> {
  const page = await ext.context.newPage();
  await page.goto(url);
  const tabId = await tabIdOf(ext.worker, url);
  await waitForBadge(ext.worker, tabId, '+');
  const popup = await ext.context.newPage();
  await popup.goto(ext.url(`popup.html?tabId=${tabId}`));
  await popup.click('button[data-action="save"]');
  await popup.waitForSelector('.saved');
  await popup.close();
  await page.close();
}

async function openCollection(): Promise<Page> {
  const page = await ext.context.newPage();
  await page.setViewportSize({ width: 1280, height: 860 });
  await page.goto(ext.url('collection.html'));
  await page.waitForSelector('body[data-ready="true"]');
  return page;
}

const rowIds = (page: Page) =>
  page.$$eval('.row[data-id]', (rows) => rows.map((row) => row.getAttribute('data-id')!));
const pickedIds = (page: Page) =>
  page.$$eval('.row[data-picked]', (rows) => rows.map((row) => row.getAttribute('data-id')!));

/** Waits for the toast to say `text`, then clicks its Undo. */
async function undo(page: Page, text: string | RegExp): Promise<void> {
  await page.locator('#toast.open', { hasText: text }).waitFor();
  await page.click('#toast button[data-action="undo"]');
}

describe('batch edits in the collection', () => {
  let page: Page;
  let ids: string[];

  beforeAll(async () => {
    ext = await launchWithExtension();
    await site.install(ext.context);
    for (const url of PAGES) await capture(url);
    page = await openCollection();
    ids = await rowIds(page);
    expect(ids).toHaveLength(3);
  });

  afterAll(async () => {
    await ext?.context.close();
  });

  it('picks a range with Shift-click, tags every readout in one go, and undoes it', async () => {
    await page.click(`.row[data-id="${ids[0]}"]`);
    // One readout opened is not a batch: only "select all" is offered.
    expect(await page.locator('[data-batch="count"]').count()).toBe(0);
    await page.click(`.row[data-id="${ids[2]}"]`, { modifiers: ['Shift'] });
    expect(await pickedIds(page)).toEqual(ids);
    expect(await page.textContent('[data-batch="count"]')).toBe('3 selected');
    const before = await readAll(page);

    await page.fill('input[name="batch-tag"]', 'G7');
    await page.click('[data-batch="add-tag"]');
    await page.locator('#toast.open', { hasText: 'Tagged 3 readouts “G7”.' }).waitFor();
    const tagged = await readAll(page);
    expect(tagged.readouts.map((r) => r.tags)).toEqual([['G7'], ['G7'], ['G7']]);
    expect(tagged.outbox.slice(before.outbox.length)).toEqual(['setTags', 'setTags', 'setTags']);

    await undo(page, 'Tagged 3 readouts');
    await page.locator('#toast.open', { hasText: 'Undone: 3 readouts are as they were.' }).waitFor();
    expect((await readAll(page)).readouts).toEqual(before.readouts);
  });

  it('toggles with Ctrl-click, deletes the picked readouts and brings them back with Undo', async () => {
    await page.click(`.row[data-id="${ids[1]}"]`, { modifiers: ['Control'] });
    expect(await pickedIds(page)).toEqual([ids[0], ids[2]]);
    const before = await readAll(page);
    await page.click('[data-batch="delete"]');
    await page.waitForFunction(() => document.querySelectorAll('.row').length === 1);
    expect((await readAll(page)).readouts.map((r) => r.id)).toEqual([ids[1]]);
    expect(await pickedIds(page)).toEqual([]);

    await undo(page, 'Deleted 2 readouts.');
    await page.waitForFunction(() => document.querySelectorAll('.row').length === 3);
    expect((await readAll(page)).readouts).toEqual(before.readouts);
  });

  it('extends the batch with Shift+arrows, toggles with Space, and sets the format as a correction', async () => {
    await page.click(`.row[data-id="${ids[0]}"]`);
    await page.keyboard.press('Shift+ArrowDown');
    await page.keyboard.press('Shift+ArrowDown');
    expect(await pickedIds(page)).toEqual(ids);
    // Space on the focused (last) row takes it out again.
    await page.keyboard.press('Space');
    expect(await pickedIds(page)).toEqual([ids[0], ids[1]]);

    await page.selectOption('select[name="batch-format"]', 'telephone');
    await page.locator('#toast.open', { hasText: 'to Telephone' }).waitFor();
    const after = await readAll(page);
    for (const id of [ids[0], ids[1]]) {
      expect(after.readouts.find((r) => r.id === id)).toMatchObject({
        format: 'telephone',
        corrected: ['format'],
      });
    }
    expect(after.readouts.find((r) => r.id === ids[2])?.corrected).toEqual([]);
    await undo(page, 'to Telephone');
    await page.locator('#toast.open', { hasText: 'Undone' }).waitFor();
    expect((await readAll(page)).readouts.every((r) => r.corrected.length === 0)).toBe(true);
  });

  it('selects all readouts matching the filters and stars them', async () => {
    await page.selectOption('select[name="lang"]', 'en');
    await page.waitForFunction(() => document.querySelectorAll('.row').length === 2);
    await page.click('[data-batch="select-all"]');
    expect(await page.textContent('[data-batch="count"]')).toBe('2 selected');
    await page.click('[data-batch="star"]');
    await page.locator('#toast.open', { hasText: 'Starred 2 readouts.' }).waitFor();
    const starred = (await readAll(page)).readouts.filter((r) => r.starred).map((r) => r.id);
    expect(starred).toEqual((await rowIds(page)).sort());
    // Escape empties the batch.
    await page.focus('.row');
    await page.keyboard.press('Escape');
    expect(await pickedIds(page)).toEqual([]);
  });
});
