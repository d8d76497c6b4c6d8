// One "device": a Chromium profile with the built extension, driven like a user would (options
// page, popup, collection page) and inspected through an extension page (IndexedDB, chrome.*).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../../support/chromium';
import { serveMofa } from './mofa';

/** The sync status as the extension stores it (utils/sync/status.ts). */
export interface SyncStatus {
  state: 'off' | 'idle' | 'syncing' | 'retrying' | 'unauthorized' | 'error';
  lastSyncAt: string | null;
  lastError: string | null;
  nextRetryAt: string | null;
  pulled: number;
}

/** What a device shows for one readout. */
export interface StoredReadout {
  id: string;
  title: string;
  tags: string[];
}

type Chrome = {
  runtime: { sendMessage(message: unknown): Promise<{ ok: boolean; value?: unknown; error?: string }> };
  tabs: { query(q: { url: string }): Promise<Array<{ id?: number }>> };
  action: { getBadgeText(d: { tabId: number }): Promise<string> };
};

/** Polls `probe` until it returns a value `done` accepts; fails with the last value after `timeoutMs`. */
export async function waitFor<T>(
  what: string,
  probe: () => Promise<T>,
  done: (value: T) => boolean,
  timeoutMs = 30_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await probe();
  while (!done(value)) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
    value = await probe();
  }
  return value;
}

interface Profile {
  userDataDir: string;
  extensionDir: string;
  /** The browser's UI language (`en-US` unless given), which the extension follows. */
  lang?: string;
  /** Known after the first launch; a restarted browser keeps it. */
  extensionId?: string;
}

export class Device {
  private constructor(
    readonly name: string,
    readonly context: BrowserContext,
    readonly extensionId: string,
    /** The options page, kept open: every inspection runs in it. */
    readonly control: Page,
    private readonly profile: Profile,
  ) {}

  /** Launches a fresh profile with the extension in `extensionDir` and opens its options page. */
  static launch(name: string, extensionDir: string, lang?: string): Promise<Device> {
    const userDataDir = mkdtempSync(path.join(tmpdir(), `readouts-${name}-`));
    return Device.open(name, { userDataDir, extensionDir, lang });
  }

  /** Closes the browser and starts it again on the same profile (a browser restart). */
  async restart(): Promise<Device> {
    await this.close();
    return Device.open(this.name, { ...this.profile, extensionId: this.extensionId });
  }

  private static async open(name: string, profile: Profile): Promise<Device> {
    const { userDataDir, extensionDir } = profile;
    const context = await launchChromium(userDataDir, extensionDir, profile.lang);
    const extensionId =
      profile.extensionId ??
      new URL((context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'))).url()).host;
    await serveMofa(context);
    const control = await context.newPage();
    await control.goto(`chrome-extension://${extensionId}/options.html`);
    await control.waitForSelector('body[data-ready="true"]');
    // tsx (esbuild keepNames) wraps named functions in the callbacks below with `__name`.
    await control.evaluate('globalThis.__name ??= (fn) => fn');
    return new Device(name, context, extensionId, control, profile);
  }

  url(page: string): string {
    return `chrome-extension://${this.extensionId}/${page}`;
  }

  /** Fills the options form and clicks Save (which also syncs); resolves once that round ends. */
  async configure(serverUrl: string, token: string): Promise<SyncStatus> {
    await this.control.fill('input[name="serverUrl"]', serverUrl);
    await this.control.fill('input[name="token"]', token);
    // Cleared first, so the wait below sees this Save's outcome, not the previous message.
    await this.control.locator('.message').evaluate((element) => {
      element.textContent = '';
    });
    await this.control.click('button[name="save"]');
    await waitFor(
      'the options page to report',
      () => this.optionsMessage(),
      (m) => m !== '' && m !== 'Saved.' && m !== 'Syncing…',
    );
    return this.status();
  }

  /** The options page's message line. */
  optionsMessage(): Promise<string> {
    return this.control
      .locator('.message')
      .textContent()
      .then((t) => t ?? '');
  }

  /** Asks the background for a round now, as "Sync now" does; returns the status after it. */
  async syncNow(): Promise<SyncStatus> {
    const reply = await this.control.evaluate(() =>
      (globalThis as unknown as { chrome: Chrome }).chrome.runtime.sendMessage({ type: 'sync/now' }),
    );
    if (!reply.ok) throw new Error(reply.error);
    return reply.value as SyncStatus;
  }

  /** The client id this device pushes its mutations under (kept in chrome.storage.local). */
  clientId(): Promise<string> {
    return this.control.evaluate(async () => {
      type Local = { get(key: string): Promise<Record<string, unknown>> };
      const local = (globalThis as unknown as { chrome: { storage: { local: Local } } }).chrome.storage.local;
      return (await local.get('deviceId')).deviceId as string;
    });
  }

  /**
   * Takes back any host permission for the server (as if the user had declined the request);
   * returns whether the extension still has it afterwards.
   */
  async dropHostPermission(serverUrl: string): Promise<boolean> {
    const origins = [`${new URL(serverUrl).protocol}//${new URL(serverUrl).hostname}/*`];
    return this.control.evaluate(async (patterns) => {
      type Permissions = {
        remove(p: { origins: string[] }): Promise<boolean>;
        contains(p: { origins: string[] }): Promise<boolean>;
      };
      const permissions = (globalThis as unknown as { chrome: { permissions: Permissions } }).chrome
        .permissions;
      await permissions.remove({ origins: patterns });
      return permissions.contains({ origins: patterns });
    }, origins);
  }

  /** Stops the extension's service worker, as Chrome does after 30 s idle (DevTools protocol). */
  async stopServiceWorker(): Promise<void> {
    const session = await this.context.newCDPSession(this.control);
    type Versions = { versions: Array<{ scriptURL: string; runningStatus: string }> };
    const stopped = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('the service worker did not stop')), 10_000);
      session.on('ServiceWorker.workerVersionUpdated', ({ versions }: Versions) => {
        const ours = versions.filter((v) => v.scriptURL.includes(this.extensionId));
        if (ours.length > 0 && ours.every((v) => v.runningStatus === 'stopped')) {
          clearTimeout(timer);
          resolve();
        }
      });
    });
    await session.send('ServiceWorker.enable');
    await session.send('ServiceWorker.stopAllWorkers');
    await stopped;
    await session.detach();
  }

  /** The sync status line of the options page. */
  async statusLine(): Promise<string> {
    return (await this.control.locator('.sync-status .sync-text').textContent()) ?? '';
  }

  /** The stored sync status. */
  status(): Promise<SyncStatus> {
    return this.control.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('readouts-sync');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const value = await new Promise((resolve) => {
        const get = db.transaction('kv').objectStore('kv').get('status');
        get.onsuccess = () => resolve(get.result);
      });
      db.close();
      return value as SyncStatus;
    });
  }

  /** Every readout in the device's IndexedDB, sorted by id, and the outbox size. */
  store(): Promise<{ readouts: StoredReadout[]; pending: number }> {
    return this.control.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('readouts');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const tx = db.transaction(['readouts', 'outbox']);
      const all = <T>(store: string) =>
        new Promise<T[]>((resolve) => {
          const request = tx.objectStore(store).getAll();
          request.onsuccess = () => resolve(request.result as T[]);
        });
      type Row = { id: string; readout: { title: string; user: { tags: string[] } } };
      const rows = await all<Row>('readouts');
      const pending = (await all<unknown>('outbox')).length;
      db.close();
      const readouts = rows
        .map((row) => ({ id: row.id, title: row.readout.title, tags: [...row.readout.user.tags].sort() }))
        .sort((a, b) => (a.id < b.id ? -1 : 1));
      return { readouts, pending };
    });
  }

  async readouts(): Promise<StoredReadout[]> {
    return (await this.store()).readouts;
  }

  async pending(): Promise<number> {
    return (await this.store()).pending;
  }

  /** Opens a MOFA page and saves it from the popup, as a user would; returns the readout id. */
  async capture(pageUrl: string): Promise<string> {
    const before = new Set((await this.readouts()).map((r) => r.id));
    const page = await this.context.newPage();
    await page.goto(pageUrl);
    const chrome = (fn: string, arg: unknown) =>
      this.control.evaluate(
        async ([name, value]) => {
          const c = (globalThis as unknown as { chrome: Chrome }).chrome;
          if (name === 'tab') return (await c.tabs.query({ url: value as string })).at(-1)?.id ?? null;
          return c.action.getBadgeText({ tabId: value as number });
        },
        [fn, arg] as const,
      );
    const tabId = (await waitFor(
      'the tab',
      () => chrome('tab', pageUrl),
      (id) => id !== null,
    )) as number;
    await waitFor(
      'the page badge',
      () => chrome('badge', tabId),
      (text) => text !== '',
    );
    const popup = await this.context.newPage();
    await popup.goto(this.url(`popup.html?tabId=${tabId}`));
    await popup.click('button[data-action="save"]');
    const after = await waitFor(
      'the capture',
      () => this.readouts(),
      (all) => all.length > before.size,
    );
    await popup.close();
    await page.close();
    return after.find((r) => !before.has(r.id))!.id;
  }

  /** Opens the collection page (a fresh load shows what IndexedDB holds now). */
  async openCollection(): Promise<Page> {
    const page = await this.context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(this.url('collection.html'));
    await page.waitForSelector('body[data-ready="true"]');
    return page;
  }

  /** The readout ids listed by the collection page. */
  async listedIds(): Promise<string[]> {
    const page = await this.openCollection();
    const ids = await page.$$eval('.row[data-id]', (rows) => rows.map((row) => row.getAttribute('data-id')!));
    await page.close();
    return ids.sort();
  }

  /** Opens the collection page with one readout selected (searched for by title, as a user would). */
  private async select(readoutId: string): Promise<Page> {
    const title = (await this.readouts()).find((r) => r.id === readoutId)?.title;
    if (!title) throw new Error(`${this.name} has no readout ${readoutId}`);
    const page = await this.openCollection();
    await page.fill('input[name="q"]', title);
    await page.click(`.row[data-id="${readoutId}"]`);
    return page;
  }

  /** Adds a tag in the collection page's detail view. */
  async addTag(readoutId: string, tag: string): Promise<void> {
    const page = await this.select(readoutId);
    await page.fill('.tag-input', tag);
    await page.press('.tag-input', 'Enter');
    await page.waitForSelector(`.detail .tag:has-text("${tag}")`);
    await page.close();
  }

  /** Deletes a readout from the collection page. */
  async deleteReadout(readoutId: string): Promise<void> {
    const page = await this.select(readoutId);
    await page.click('.detail .danger');
    await waitFor(
      'the delete',
      () => this.readouts(),
      (all) => !all.some((r) => r.id === readoutId),
    );
    await page.close();
  }

  /** The sync status line as the collection page shows it. */
  async collectionStatusLine(): Promise<string> {
    const page = await this.openCollection();
    const line = page.locator('.sync-status .sync-text');
    // Opening the collection starts a round (sync on open): the line settles once it ends.
    await waitFor(
      'the status line',
      async () => (await line.textContent()) ?? '',
      (text) => text !== '' && !/^(Syncing…|同期中…)/.test(text),
    );
    const text = (await line.textContent()) ?? '';
    await page.close();
    return text;
  }

  close(): Promise<void> {
    return this.context.close();
  }
}
