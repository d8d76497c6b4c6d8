// Which tab the popup acts on: `?tabId=` when opened as a page (tests), else the active tab.
import { browser } from 'wxt/browser';

/** Reads a tab id from a query string; null when absent or not a whole number. */
export function tabIdFromQuery(search: string): number | null {
  const raw = new URLSearchParams(search).get('tabId');
  if (raw === null || !/^\d+$/.test(raw)) return null;
  return Number(raw);
}

/** The tab to capture: the one named in the URL, or the active tab of the current window. */
export async function targetTabId(search: string): Promise<number | null> {
  const fromQuery = tabIdFromQuery(search);
  if (fromQuery !== null) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}
