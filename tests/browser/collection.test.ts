// The collection as an analyst's tool, in real Chromium with two devices of one user and a real
// `readouts serve`: filters by participant (either script) and date range, the view in the URL
// (reload, back, a bad address), saved searches, <mark>ed matches, the keyboard, and a tag renamed
// on device A that device B shows after a sync.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extensionCopy } from '../support/extension-build';
import { Device, waitFor } from '../sync/harness/device';
import { readoutPages } from '../sync/harness/mofa';
import { type Backend, SyncServer, sqliteBackend } from '../sync/harness/server';

/** Real MOFA pages: four with Marise Payne (one in Japanese, マリズ・ペイン), two without. */
const PAGES = {
  nagoya: 'press-release-press4e_002699.html', // 2019-11-22, EN, Motegi and Payne
  quad: 'press-release-press6e_000244.html', // 2020-10-06, EN, the Quad foreign ministers
  quadJa: 'mofaj-fp-nsp-page4_005210.html', // 2020-10-06, JA, 菅総理大臣表敬 (ペイン)
  canberra: 'a_o-ocn-au-page4e_001199.html', // 2022-02-12, EN, Hayashi and Payne
  vice: 'press-release-press4e_003170.html', // 2022-10-25, EN, Mori and Sherman
  brazil: 'mofaj-la_c-sa-br-page1_000839.html', // 2019-06-29, JA, 日・ブラジル首脳会談
} as const;
type Name = keyof typeof PAGES;

const urlOf = (file: string) => readoutPages().find((page) => page.file === file)!.url;
const rowIds = (page: Page) =>
  page.$$eval('.row[data-id]', (rows) => rows.map((row) => row.getAttribute('data-id')!).sort());
const waitForRows = (page: Page, n: number) =>
  page.waitForFunction((count) => document.querySelectorAll('.row[data-id]').length === count, n);

describe('the collection: filters, URL, saved searches, marks, keyboard and tags', () => {
  let backend: Backend;
  let server: SyncServer;
  let a: Device;
  let b: Device;
  let page: Page;
  const ids = {} as Record<Name, string>;
  const idsOf = (...names: Name[]) => names.map((name) => ids[name]).sort();

  beforeAll(async () => {
    const extension = extensionCopy();
    backend = sqliteBackend();
    server = await SyncServer.start(backend);
    const tokenA = await server.addUser('alice', 'laptop');
    const tokenB = await server.token('alice', 'desktop');
    a = await Device.launch('device-a', extension);
    b = await Device.launch('device-b', extension);
    expect((await a.configure(server.url, tokenA)).state).toBe('idle');
    expect((await b.configure(server.url, tokenB)).state).toBe('idle');
    for (const [name, file] of Object.entries(PAGES)) ids[name as Name] = await a.capture(urlOf(file));
    page = await a.openCollection();
    await waitForRows(page, 6);
  });

  afterAll(async () => {
    await a?.close();
    await b?.close();
    await server?.stop();
  });

  it('filters by a participant typed in either script, then by a date range, shown as chips', async () => {
    await page.fill('input[name="participant"]', 'ペイン');
    await page.press('input[name="participant"]', 'Tab');
    await waitForRows(page, 4);
    // The Japanese page names her マリズ・ペイン; the English ones Marise Payne: one person.
    expect(await rowIds(page)).toEqual(idsOf('nagoya', 'quad', 'quadJa', 'canberra'));
    expect(await page.inputValue('input[name="participant"]')).toMatch(/Payne/);
    expect(await page.textContent('.chip[data-filter="participant"]')).toMatch(/^Participant: .*Payne/);

    await page.fill('input[name="from"]', '2020-01-01');
    await page.press('input[name="from"]', 'Tab');
    await page.fill('input[name="to"]', '2021-12-31');
    await page.press('input[name="to"]', 'Tab');
    await waitForRows(page, 2);
    expect(await rowIds(page)).toEqual(idsOf('quad', 'quadJa'));
    expect(await page.textContent('.chip[data-filter="from"]')).toBe('From 2020-01-01 ×');

    // A day that is not on the calendar is refused where it was typed, and changes nothing.
    await page.fill('input[name="from"]', '2020-02-30');
    await page.press('input[name="from"]', 'Tab');
    expect(await page.getAttribute('input[name="from"]', 'aria-invalid')).toBe('true');
    expect(await page.textContent('.filter-field:has(input[name="from"]) .field-error')).toMatch(
      /day of the calendar as YYYY-MM-DD/,
    );
    expect(await rowIds(page)).toEqual(idsOf('quad', 'quadJa'));
    // So is a range that ends before it starts.
    await page.fill('input[name="from"]', '2022-01-01');
    await page.press('input[name="from"]', 'Tab');
    expect(await page.textContent('.filter-field:has(input[name="from"]) .field-error')).toMatch(
      /ends before it starts/,
    );
    await page.fill('input[name="from"]', '2020-01-01');
    await page.press('input[name="from"]', 'Tab');
    expect(await page.getAttribute('input[name="from"]', 'aria-invalid')).toBeNull();

    const url = new URL(page.url());
    expect(url.searchParams.get('from')).toBe('2020-01-01');
    expect(url.searchParams.get('to')).toBe('2021-12-31');
    expect(url.searchParams.get('participant')).toBeTruthy();
  });

  it('keeps the view and the open readout over a reload; Back retraces the steps', async () => {
    await page.click(`.row[data-id="${ids.quad}"]`);
    await page.waitForSelector(`.detail[data-id="${ids.quad}"]`);
    expect(new URL(page.url()).searchParams.get('readout')).toBe(ids.quad);

    await page.reload();
    await page.waitForSelector('body[data-ready="true"]');
    await waitForRows(page, 2);
    expect(await rowIds(page)).toEqual(idsOf('quad', 'quadJa'));
    await page.waitForSelector(`.detail[data-id="${ids.quad}"]`);
    expect(await page.inputValue('input[name="from"]')).toBe('2020-01-01');
    expect(await page.inputValue('input[name="participant"]')).toMatch(/Payne/);

    await page.goBack();
    await page.waitForFunction(() => !new URL(location.href).searchParams.has('readout'));
    await page.waitForSelector('.detail', { state: 'detached' });
    await page.goBack();
    await waitForRows(page, 3);
    expect(await rowIds(page)).toEqual(idsOf('quad', 'quadJa', 'canberra'));
    expect(await page.inputValue('input[name="to"]')).toBe('');
    await page.goForward();
    await waitForRows(page, 2);
  });

  it('removes a filter with its chip', async () => {
    await page.click('.chip[data-filter="to"]');
    await waitForRows(page, 3);
    await page.click('.chip-clear');
    await waitForRows(page, 6);
    expect(new URL(page.url()).search).toBe('');
  });

  it('keeps a participant being typed when another tab changes the collection (a sync pull alike)', async () => {
    // Redrawing the filter fields under the caret took the half-typed name away, and Chromium's
    // change event from the removed field then set the filter behind an empty field.
    await page.fill('input[name="participant"]', 'ペイン');
    const other = await a.openCollection();
    await other.click(`.row[data-id="${ids.canberra}"]`);
    await other.waitForSelector(`.detail[data-id="${ids.canberra}"]`);
    const starred = (await other.getAttribute('.detail .star', 'aria-pressed')) === 'true';
    await other.click('.detail .star');
    await other.waitForSelector(`.detail .star[aria-pressed="${String(!starred)}"]`);
    // The first tab reloads the collection: the row shows the star as the other tab left it.
    await page.waitForFunction(
      ([id, star]) =>
        document.querySelector(`.row[data-id="${id}"] .row-title`)?.textContent?.startsWith('★') === star,
      [ids.canberra, !starred] as const,
    );
    expect(await page.inputValue('input[name="participant"]')).toBe('ペイン');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).name)).toBe('participant');
    await page.press('input[name="participant"]', 'Tab');
    await waitForRows(page, 4);
    expect(await page.inputValue('input[name="participant"]')).toMatch(/Payne/);
    // Put back as it was: the star, and the filter removed.
    await other.click('.detail .star');
    await other.waitForSelector(`.detail .star[aria-pressed="${String(starred)}"]`);
    await other.close();
    await page.click('.chip-clear');
    await waitForRows(page, 6);
  });

  it('leaves out what a bad address says, with a notice, never a blank page', async () => {
    await page.goto(a.url(`collection.html?from=2020-13-45&format=banquet&readout=nope&country=BR`));
    await page.waitForSelector('body[data-ready="true"]');
    const notice = await page.textContent('.url-notice');
    expect(notice).toContain('from=2020-13-45 is not a valid value');
    expect(notice).toContain('format=banquet is not a valid value');
    expect(notice).toContain('the readout nope is not in this collection');
    // What could be used is used, and the address now says only that.
    await waitForRows(page, 1);
    expect(await rowIds(page)).toEqual(idsOf('brazil'));
    expect(new URL(page.url()).search).toBe('?country=BR');
    await page.click('.url-notice button');
    expect(await page.isVisible('.url-notice')).toBe(false);
    await page.click('.chip-clear');
    await waitForRows(page, 6);
  });

  it('marks the matches in the rows and the detail view, a quoted phrase as one', async () => {
    await page.fill('input[name="q"]', '"Foreign Ministers"');
    await page.waitForFunction(() => document.querySelectorAll('.row mark').length > 0);
    const marks = await page.$$eval('.row mark', (all) => all.map((mark) => mark.textContent));
    expect(marks.length).toBeGreaterThan(0);
    expect(new Set(marks)).toEqual(new Set(['Foreign Ministers']));
    await page.click(`.row[data-id="${ids.nagoya}"]`);
    await page.waitForSelector(`.detail[data-id="${ids.nagoya}"] mark`);
    expect(await page.textContent('.detail-title mark')).toBe('Foreign Ministers');

    // Japanese: the term is marked where it stands in the title.
    await page.fill('input[name="q"]', '首脳会談');
    await waitForRows(page, 1);
    expect(await page.$$eval('.row mark', (all) => all.map((mark) => mark.textContent))).toEqual([
      '首脳会談',
    ]);
    await page.fill('input[name="q"]', '');
    await waitForRows(page, 6);
    expect(await page.locator('.row mark').count()).toBe(0);
  });

  it('is one Tab stop with arrow keys, Enter opens the detail view and Escape comes back', async () => {
    await page.click(`.row[data-id="${ids.nagoya}"]`);
    expect(await page.locator('.row[tabindex="0"]').count()).toBe(1);
    expect(await page.getAttribute(`.row[data-id="${ids.nagoya}"]`, 'tabindex')).toBe('0');
    await page.keyboard.press('End');
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-id') ?? null);
    const last = await focused();
    expect(last).not.toBe(ids.nagoya);
    expect(await page.getAttribute(`.row[data-id="${last}"]`, 'tabindex')).toBe('0');
    expect(await page.locator('.row[tabindex="0"]').count()).toBe(1);
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowDown');
    const second = await focused();
    // Tab leaves the list at once: one stop, not one per row.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('#list'))).toBeNull();
    await page.keyboard.press('Shift+Tab');
    expect(await focused()).toBe(second);

    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.classList.contains('detail-title'));
    await page.keyboard.press('Escape');
    expect(await focused()).toBe(second);
    // The skip link, first on the page (the first Tab from the top), goes to the list.
    expect(await page.evaluate(() => document.body.firstElementChild?.className)).toBe('skip-link');
    await page.focus('.skip-link');
    expect(await page.isVisible('.skip-link')).toBe(true);
    await page.keyboard.press('Enter');
    expect(await focused()).toBe(second);
  });

  it('saves a search, runs it, renames it and deletes it', async () => {
    await page.selectOption('select[name="lang"]', 'ja');
    await waitForRows(page, 2);
    await page.click('.saved summary');
    await page.fill('input[name="saved-name"]', 'Japanese pages');
    await page.click('.saved-form button[type="submit"]');
    await page.waitForSelector('.saved-run:has-text("Japanese pages")');
    await page.click('.chip-clear');
    await waitForRows(page, 6);

    await page.click('.saved-run:has-text("Japanese pages")');
    await waitForRows(page, 2);
    expect(await rowIds(page)).toEqual(idsOf('quadJa', 'brazil'));
    // The same name twice is refused, with the reason.
    await page.fill('input[name="saved-name"]', 'japanese PAGES');
    await page.click('.saved-form button[type="submit"]');
    expect(await page.textContent('#saved-error')).toBe('A saved search already has that name.');

    await page.click('.saved-rename');
    await page.fill('.saved-rename-input', 'In Japanese');
    await page.press('.saved-rename-input', 'Enter');
    await page.waitForSelector('.saved-run:has-text("In Japanese")');
    // Kept across a reload, in this browser.
    await page.reload();
    await page.waitForSelector('body[data-ready="true"]');
    await page.click('.saved summary');
    await page.waitForSelector('.saved-run:has-text("In Japanese")');
    await page.click('.saved-delete');
    await page.waitForSelector('.saved-list li.muted');
    await page.click('.chip-clear');
    await waitForRows(page, 6);
  });

  it('keeps a tag being typed when the open readout changes elsewhere (another tab stars it)', async () => {
    await page.click(`.row[data-id="${ids.canberra}"]`);
    await page.waitForSelector(`.detail[data-id="${ids.canberra}"]`);
    await page.fill('.tag-input', 'half-typ');
    const other = await a.openCollection();
    await other.click(`.row[data-id="${ids.canberra}"]`);
    await other.waitForSelector(`.detail[data-id="${ids.canberra}"]`);
    const starred = (await other.getAttribute('.detail .star', 'aria-pressed')) === 'true';
    const after = `.star[aria-pressed="${String(!starred)}"]`;
    await other.click('.detail .star');
    await other.waitForSelector(`.detail ${after}`);
    await other.close();
    // The first tab redraws the detail with the new record, and the typed text is still there.
    await page.waitForSelector(`.detail[data-id="${ids.canberra}"] ${after}`);
    expect(await page.inputValue('.tag-input')).toBe('half-typ');
    await page.fill('.tag-input', '');
  });

  it('renames a tag across the collection, with undo, and device B shows it after a sync', async () => {
    await a.addTag(ids.quad, 'quad');
    await a.addTag(ids.quadJa, 'Quad');
    await a.addTag(ids.canberra, 'QUAD');
    page = await a.openCollection();
    await page.click('.manage-tags');
    const quad = page.locator('.tag-counts li', { hasText: 'quad' });
    expect(await quad.textContent()).toMatch(/3 readouts/);
    await quad.locator('input[type="checkbox"]').check();
    await page.fill('input[name="tag-target"]', 'Quad Leaders');
    expect(await page.textContent('.tag-status')).toBe('3 readouts will change.');
    await page.click('.tag-form button[type="submit"]');
    await page.locator('#toast.open', { hasText: 'Retagged 3 readouts “Quad Leaders”.' }).waitFor();

    // Undo puts every readout back; redo it to sync.
    await page.click('#toast button[data-action="undo"]');
    await waitFor(
      'the undo',
      () => a.readouts(),
      (all) => all.find((r) => r.id === ids.quad)?.tags.join() === 'quad',
    );
    await page.click('.manage-tags');
    await page.locator('.tag-counts li', { hasText: 'quad' }).locator('input[type="checkbox"]').check();
    await page.fill('input[name="tag-target"]', 'Quad Leaders');
    await page.click('.tag-form button[type="submit"]');
    await page.locator('#toast.open', { hasText: 'Retagged 3 readouts' }).waitFor();

    await a.syncNow();
    await b.syncNow();
    const tagged = (await b.readouts()).filter((r) => r.tags.length > 0);
    expect(tagged.map((r) => r.id).sort()).toEqual(idsOf('quad', 'quadJa', 'canberra'));
    for (const readout of tagged) expect(readout.tags).toEqual(['Quad Leaders']);
    const onB = await b.openCollection();
    await onB.selectOption('select[name="tag"]', 'Quad Leaders');
    await waitForRows(onB, 3);
    await onB.close();
  });

  it('charts every year in full with its count on an axis; Tab reaches a year bar and Enter filters by it', async () => {
    await page.bringToFront();
    await waitForRows(page, 6);
    const years = page.locator('#charts [data-chart="per-year"]');
    // 2021 has no readouts and is still a column; the counts are written, not left to tooltips.
    expect(await years.locator('text.label').allTextContents()).toEqual(['2019', '2020', '2021', '2022']);
    expect(await years.locator('text.count').allTextContents()).toEqual(['2', '2', '0', '2']);
    expect(await years.locator('text.tick').allTextContents()).toEqual(['0', '1', '2']);
    const count = years.locator('text.count').first();
    expect(await count.isVisible()).toBe(true);
    expect((await count.boundingBox())!.height).toBeGreaterThanOrEqual(12);

    await page.focus('input[name="q"]');
    const focusedBar = () =>
      page.evaluate(
        () =>
          document.activeElement?.closest('[data-chart="per-year"] .bar')?.getAttribute('aria-label') ?? null,
      );
    let tabs = 0;
    while ((await focusedBar()) === null && tabs < 40) {
      await page.keyboard.press('Tab');
      tabs++;
    }
    expect(await focusedBar()).toBe('2019: 2 readouts');
    for (const name of ['2020: 2 readouts', '2021: 0 readouts', '2022: 2 readouts']) {
      await page.keyboard.press('Tab');
      expect(await focusedBar()).toBe(name);
    }
    // The focused bar shows a ring.
    expect(
      await page.evaluate(() => getComputedStyle(document.activeElement!.querySelector('.hit')!).stroke),
    ).not.toBe('none');
    await page.keyboard.press('Enter');
    await waitForRows(page, 2);
    expect(await rowIds(page)).toEqual(idsOf('canberra', 'vice'));
    expect(await page.textContent('.chip[data-filter="year"]')).toContain('2022');
    // The chart now shows that year alone, and the keyboard is still on its bar.
    expect(await years.locator('text.label').allTextContents()).toEqual(['2022']);
    expect(await focusedBar()).toBe('2022: 2 readouts');
    await page.click('.chip-clear');
    await waitForRows(page, 6);
  });
});
