// Watches the collection page open: when the loading state, the first rows and `data-ready` first
// appear, in the page's own clock (milliseconds from navigation), seen by a MutationObserver that
// an init script installs before the page's own code runs.
import type { Page } from 'playwright-core';

export interface OpeningTimes {
  /** The loading state (`[data-loading]`) first on screen; null when it never showed. */
  loadingShown: number | null;
  /** The first list row in the DOM. */
  firstRows: number | null;
  /** The readouts of the rows that showed first, top to bottom. */
  firstRowIds: string[];
  /** `body[data-ready="true"]`: every readout read and the search index built. */
  ready: number | null;
  /**
   * When a task queued after `data-ready` ran: the main thread free again. A page that set ready
   * before building its search index in the next task (before issue 11) is indexed only by then.
   */
  settled: number;
  /** What the loading state said, in order, each text once. */
  loadingTexts: string[];
}

/** The init script: records the moments on `window.__opening` (only in extension pages). */
export const WATCH_OPENING = `(() => {
  if (location.protocol !== 'chrome-extension:') return;
  const opening = { loadingShown: null, firstRows: null, firstRowIds: [], ready: null, loadingTexts: [] };
  window.__opening = opening;
  const look = () => {
    const now = performance.now();
    const loading = document.querySelector('[data-loading]:not([hidden])');
    if (loading) {
      opening.loadingShown ??= now;
      const text = loading.textContent;
      if (text && opening.loadingTexts.at(-1) !== text) opening.loadingTexts.push(text);
    }
    if (opening.firstRows === null && document.querySelector('#list .row')) {
      opening.firstRows = now;
      opening.firstRowIds = [...document.querySelectorAll('#list .row')].map((row) => row.dataset.id);
    }
    if (opening.ready === null && document.body?.dataset.ready === 'true') opening.ready = now;
  };
  new MutationObserver(look).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
})();`;

/** Navigates `page` to the collection, waits until it is fully ready and returns its timings. */
export async function openCollection(page: Page, url: string): Promise<OpeningTimes> {
  await page.goto(url);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 300_000 });
  const settled = await page.evaluate(
    () => new Promise<number>((resolve) => setTimeout(() => resolve(performance.now()), 0)),
  );
  const seen = await page.evaluate(() => (window as unknown as { __opening: OpeningTimes }).__opening);
  return { ...seen, settled };
}
