// Evidence in real Chromium: the popup shows where a participant was read, "Show on page"
// highlights that text in the MOFA tab through the Custom Highlight API without touching the
// page's markup, Escape clears it, an edited page answers "not on the page any more", an inferred
// field carries its mark, and the collection's detail view reaches the same tab through the
// background.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tabIdOf, waitForBadge } from './extension/inspect';
import { type LoadedExtension, launchWithExtension } from './extension/launch';
import { MofaSite } from './extension/mofa-site';

const site = new MofaSite();
/** Japan-Australia Foreign Ministers' Meeting, in the real www.mofa.go.jp skeleton. */
const PAGE = site.serve('/press/release/press4e_002699.html', 'real/press-release-press4e_002699.html');
const ID = 'press-release-press4e_002699';
/** The Japan-Brazil summit, in Japanese, in the real skeleton. */
const JA_PAGE = site.serve('/mofaj/la_c/sa/br/page1_000839.html', 'real/mofaj-la_c-sa-br-page1_000839.html');
const HIGHLIGHT = 'readouts-evidence';

let ext: LoadedExtension;

/** Text compared modulo whitespace, as the popup quotes normalised text. */
const squeeze = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, '');

/** The texts of the ranges the page's highlight registry holds under the evidence name. */
function highlighted(page: Page): Promise<string[] | null> {
  return page.evaluate((name) => {
    const registry = (globalThis as unknown as { CSS: { highlights: Map<string, Iterable<Range>> } }).CSS
      .highlights;
    const highlight = registry.get(name);
    return highlight ? [...highlight].map((range) => range.toString()) : null;
  }, HIGHLIGHT);
}

/** Focuses a field's value (the popover opens) and clicks Show on page of the entry quoting `quote`. */
async function showOnPage(
  view: Page,
  field: string,
  quote: string,
): Promise<{ quoted: string; status: string }> {
  const row = `[data-field="${field}"]`;
  await view.focus(`${row} [data-value]`);
  await view.waitForSelector(`${row} [role="tooltip"]:not([hidden])`);
  const entries = view.locator(`${row} [data-evidence]`);
  const entry = entries.filter({ has: view.locator('.evidence-text', { hasText: quote }) }).first();
  const quoted = (await entry.locator('.evidence-text').textContent()) ?? '';
  await entry.locator('[data-action="show-on-page"]').click();
  const status = entry.locator('.evidence-status');
  await status.filter({ hasText: /\S/ }).waitFor();
  return { quoted, status: (await status.textContent()) ?? '' };
}

describe('evidence and Show on page in Chromium', () => {
  let page: Page;
  let popup: Page;
  let bodyBefore: string;

  beforeAll(async () => {
    ext = await launchWithExtension();
    await site.install(ext.context);
    page = await ext.context.newPage();
    await page.goto(PAGE);
    const tabId = await tabIdOf(ext.worker, PAGE);
    await waitForBadge(ext.worker, tabId, '+');
    bodyBefore = await page.evaluate(() => document.body.outerHTML);
    popup = await ext.context.newPage();
    await popup.setViewportSize({ width: 420, height: 900 });
    await popup.goto(ext.url(`popup.html?tabId=${tabId}`));
    await popup.waitForSelector('section[data-state="new"]');
  });

  afterAll(async () => {
    await ext?.context.close();
  });

  it('highlights a participant’s evidence on the page from the popup, markup unchanged', async () => {
    const { quoted, status } = await showOnPage(popup, 'participants', 'Payne');
    expect(quoted).toContain('Payne');
    expect(status).toBe('Highlighted on the page.');
    const ranges = await highlighted(page);
    expect(ranges?.map(squeeze)).toEqual([squeeze(quoted)]);
    expect(await page.evaluate(() => document.body.outerHTML)).toBe(bodyBefore);
  });

  it('clears the highlight on Escape in the page', async () => {
    expect(await highlighted(page)).not.toBeNull();
    await page.bringToFront();
    await page.keyboard.press('Escape');
    expect(await highlighted(page)).toBeNull();
  });

  it('marks the inferred date, with its reason in the popover', async () => {
    const row = '[data-field="date"]';
    expect(await popup.textContent(`${row} dt [data-mark="inferred"]`)).toBe('inferred');
    await popup.focus(`${row} [data-value]`);
    expect(await popup.textContent(`${row} [data-inferred] .inferred`)).toContain(
      "Meeting year taken from the page's listing date",
    );
  });

  it('says the text is not on the page any more once the page changed', async () => {
    await page.evaluate(() => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode())
        node.textContent = (node.textContent ?? '').replace(/Payne/g, 'Smith');
    });
    const { status } = await showOnPage(popup, 'participants', 'Payne');
    expect(status).toBe('That text is not on the open page any more.');
    expect(await highlighted(page)).toBeNull();
    await page.reload();
    await page.waitForFunction(() => document.readyState === 'complete');
  });

  it('highlights from the collection’s detail view through the background, in the open tab', async () => {
    // Escape closes the popover that covers the Save button.
    await popup.keyboard.press('Escape');
    await popup.click('button[data-action="save"]');
    await popup.waitForSelector('section[data-state="saved"]');
    const collection = await ext.context.newPage();
    await collection.setViewportSize({ width: 1280, height: 900 });
    await collection.goto(ext.url(`collection.html?readout=${ID}`));
    await collection.waitForSelector(`.detail[data-id="${ID}"]`);
    const before = await page.evaluate(() => document.body.outerHTML);
    const { quoted, status } = await showOnPage(collection, 'participants', 'Payne');
    expect(status).toBe('Highlighted on the page.');
    expect((await highlighted(page))?.map(squeeze)).toEqual([squeeze(quoted)]);
    expect(await page.evaluate(() => document.body.outerHTML)).toBe(before);
  });
});

describe('evidence on a Japanese page, in the Japanese UI', () => {
  let page: Page;
  let popup: Page;

  beforeAll(async () => {
    ext = await launchWithExtension('ja-JP');
    await site.install(ext.context);
    page = await ext.context.newPage();
    await page.goto(JA_PAGE);
    const tabId = await tabIdOf(ext.worker, JA_PAGE);
    await waitForBadge(ext.worker, tabId, '+');
    popup = await ext.context.newPage();
    await popup.setViewportSize({ width: 420, height: 900 });
    await popup.goto(ext.url(`popup.html?tabId=${tabId}`));
    await popup.waitForSelector('section[data-state="new"]');
  });

  afterAll(async () => {
    await ext?.context.close();
  });

  it('highlights the counterpart’s name on the page and says so in Japanese', async () => {
    const before = await page.evaluate(() => document.body.outerHTML);
    const { quoted, status } = await showOnPage(popup, 'participants', 'ボルソナーロ');
    expect(status).toBe('ページ上で強調表示しました。');
    expect((await highlighted(page))?.map(squeeze)).toEqual([squeeze(quoted)]);
    expect(await page.evaluate(() => document.body.outerHTML)).toBe(before);
  });

  it('marks the inferred date 推定, with the reason in Japanese', async () => {
    const row = '[data-field="date"]';
    expect(await popup.textContent(`${row} dt [data-mark="inferred"]`)).toBe('推定');
    await popup.focus(`${row} [data-value]`);
    expect(await popup.textContent(`${row} [data-inferred] .inferred`)).toContain('掲載日から取りました');
  });
});
