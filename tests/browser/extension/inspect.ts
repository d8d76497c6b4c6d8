// Reads the extension's state from inside Chromium: tab ids and badges from the service worker,
// records from IndexedDB in an extension page.
import type { Page, Worker } from 'playwright-core';

interface ChromeLike {
  tabs: { query(q: { url: string }): Promise<Array<{ id?: number }>> };
  action: { getBadgeText(d: { tabId: number }): Promise<string> };
}
/** The id of the newest tab showing `url` (tab ids only grow). */
export async function tabIdOf(worker: Worker, url: string): Promise<number> {
  // The callbacks run in the service worker, where `chrome` is a global.
  const id = await worker.evaluate(async (pageUrl) => {
    const chrome = (globalThis as unknown as { chrome: ChromeLike }).chrome;
    const ids = (await chrome.tabs.query({ url: pageUrl })).map((tab) => tab.id ?? -1);
    return ids.length ? Math.max(...ids) : undefined;
  }, url);
  if (id === undefined) throw new Error(`no tab shows ${url}`);
  return id;
}

/** The toolbar badge text of a tab. */
export function badgeOf(worker: Worker, tabId: number): Promise<string> {
  return worker.evaluate(
    (id) => (globalThis as unknown as { chrome: ChromeLike }).chrome.action.getBadgeText({ tabId: id }),
    tabId,
  );
}

/** Polls the badge until it shows `text` (the content script reports once the page has loaded). */
export async function waitForBadge(worker: Worker, tabId: number, text: string): Promise<void> {
  for (let attempt = 0; attempt < 300; attempt++) {
    if ((await badgeOf(worker, tabId)) === text) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(
    `badge of tab ${tabId} never became ${JSON.stringify(text)}: ${await badgeOf(worker, tabId)}`,
  );
}

export interface StoredState {
  row: {
    id: string;
    countries: string[];
    readout: Record<string, unknown> & { user: Record<string, unknown> };
  } | null;
  mutations: Array<{ type: string; id: number; readoutId: string }>;
}

/** The stored row of one readout and every queued mutation, read with the raw IndexedDB API. */
export function readStore(extensionPage: Page, readoutId: string): Promise<StoredState> {
  return extensionPage.evaluate(async (id) => {
    const request = <T>(r: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
    const db = await request(indexedDB.open('readouts'));
    const tx = db.transaction(['readouts', 'outbox']);
    const row = (await request(tx.objectStore('readouts').get(id))) ?? null;
    const entries = await request(tx.objectStore('outbox').getAll());
    db.close();
    return { row, mutations: entries.map((entry) => entry.mutation) };
  }, readoutId);
}
