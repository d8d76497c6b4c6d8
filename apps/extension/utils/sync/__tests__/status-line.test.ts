import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { fakeReadout, freshIndexedDb } from '../../__tests__/factories';
import { closeDb, getDb } from '../../db/open';
import { ReadoutRepository } from '../../db/readouts';
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

  /** Another context (the background, or the page that saved) speaking on a shared channel. */
  const elsewhere = (name: string, message: unknown) => {
    const channel = new BroadcastChannel(name);
    channel.postMessage(message);
    channel.close();
  };
  /** Well inside the slow poll: only an announcement can redraw the line this soon. */
  const atOnce = { timeout: 400, interval: 10 };

  it('shows "Synced just now" as soon as the background announces the end of a round', async () => {
    await updateStatus({ state: 'idle', lastSyncAt: '2026-01-01T00:00:00.000Z' });
    const container = mount();
    await vi.waitFor(() => expect(textOf(container)).toMatch(/^Synced 1\/1\/2026/));
    await updateStatus({ state: 'syncing', pulled: 0, firstSync: false });
    elsewhere('readouts:sync-status', 'changed');
    await vi.waitFor(() => expect(textOf(container)).toBe('Syncing… · no changes pending'), atOnce);
    await updateStatus({ state: 'idle', lastSyncAt: new Date().toISOString() });
    elsewhere('readouts:sync-status', 'changed');
    await vi.waitFor(() => expect(textOf(container)).toBe('Synced just now · no changes pending'), atOnce);
  });

  it('counts a change saved elsewhere as waiting at once, and asks the background to push it', async () => {
    const asked: string[] = [];
    fakeBrowser.runtime.onMessage.addListener((message: { type: string }) => {
      asked.push(message.type);
      return Promise.resolve({ ok: true, value: null });
    });
    await updateStatus({ state: 'idle', lastSyncAt: new Date().toISOString() });
    const repository = new ReadoutRepository(await getDb(), { deviceId: 'device-a' });
    const readout = fakeReadout();
    await repository.import([readout]);
    const container = mount();
    await vi.waitFor(() => expect(textOf(container)).toBe('Synced just now · 1 change pending'));
    // The popup's Save runs in the background, which announces the saved readout.
    await repository.updateUser(readout.id, { tags: ['Quad'] });
    elsewhere('readouts:changes', { ids: [readout.id] });
    await vi.waitFor(() => expect(textOf(container)).toBe('Synced just now · 2 changes pending'), atOnce);
    expect(container.querySelector('.sync-status')?.getAttribute('data-pending')).toBe('2');
    await vi.waitFor(() => expect(asked.filter((type) => type === 'sync/changed')).toHaveLength(2));
  });

  it('stops listening when stopped', async () => {
    const container = mount();
    await vi.waitFor(() =>
      expect(textOf(container)).toBe('Sync is not set up (Options) · no changes pending'),
    );
    line?.stop();
    await updateStatus({ state: 'idle', lastSyncAt: new Date().toISOString() });
    elsewhere('readouts:sync-status', 'changed');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(textOf(container)).toBe('Sync is not set up (Options) · no changes pending');
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
