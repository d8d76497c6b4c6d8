import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { freshIndexedDb } from '../../__tests__/factories';
import { closeDb } from '../../db/open';
import { setLocale } from '../../i18n';
import { closeSyncDb } from '../db';
import { updateStatus } from '../status';
import { mountSyncStatus, type SyncStatusLine } from '../status-line';

describe('sync status line', () => {
  let line: SyncStatusLine | undefined;
  beforeEach(async () => {
    fakeBrowser.reset();
    await closeDb();
    await closeSyncDb();
    freshIndexedDb();
  });
  afterEach(() => {
    line?.stop();
    setLocale('en');
  });

  const mount = (options?: { showSettings?: boolean }) => {
    const container = document.createElement('div');
    line = mountSyncStatus(container, options);
    return container;
  };
  const textOf = (container: HTMLElement) => container.querySelector('.sync-text')?.textContent ?? '';

  it('renders in Japanese: the status, "Sync now" and the way to the settings', async () => {
    setLocale('ja');
    const container = mount();
    await vi.waitFor(() =>
      expect(textOf(container)).toBe('同期は未設定です（オプションで設定） · 保留中の変更なし'),
    );
    expect(container.querySelector('.sync-now')?.textContent).toBe('今すぐ同期');
    expect(container.querySelector('.sync-settings')?.textContent).toBe('同期の設定');

    await updateStatus({ state: 'idle', lastSyncAt: new Date().toISOString() });
    line?.refresh();
    await vi.waitFor(() => expect(textOf(container)).toBe('最終同期: たった今 · 保留中の変更なし'));
  });

  it('asks the background for a round when it opens and each time the page comes back into view', async () => {
    const asked: string[] = [];
    fakeBrowser.runtime.onMessage.addListener((message: { type: string }) => {
      asked.push(message.type);
      return Promise.resolve({ ok: true, value: null });
    });
    mount();
    await vi.waitFor(() => expect(asked).toEqual(['sync/focus']));
    window.dispatchEvent(new Event('focus'));
    await vi.waitFor(() => expect(asked).toEqual(['sync/focus', 'sync/focus']));
    line?.stop();
    window.dispatchEvent(new Event('focus'));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(asked).toEqual(['sync/focus', 'sync/focus']);
  });

  it('keeps its English wording', async () => {
    setLocale('en');
    const container = mount({ showSettings: false });
    await vi.waitFor(() =>
      expect(textOf(container)).toBe('Sync is not set up (Options) · no changes pending'),
    );
    expect(container.querySelector('.sync-now')?.textContent).toBe('Sync now');
    expect(container.querySelector('.sync-settings')).toBeNull();
  });
});
