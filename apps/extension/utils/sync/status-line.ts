// The sync status line of the popup and the collection page: last sync, pending changes, last
// error, first-sync progress, and a "Sync now" button. Pages also nudge the background when they
// find changes waiting in the outbox (their own edits, or ones left while the worker slept).
import { browser } from 'wxt/browser';
import { getDb } from '../db/open';
import { h, replaceChildren } from '../dom';
import { t } from '../i18n';
import { describeStatus } from './describe';
import { sendSyncMessage } from './messages';
import { loadStatus } from './status';

/** A mounted status line. */
export interface SyncStatusLine {
  /** Shows the current status now rather than at the next tick. */
  refresh(): void;
  stop(): void;
}

const REFRESH_MS = 1_000;
/** While a round runs, progress is shown more often. */
const SYNCING_REFRESH_MS = 250;

/**
 * Appends a status line to `container` and keeps it current. `showSettings: false` leaves out the
 * button to the options page (for the options page itself).
 * @example mountSyncStatus(document.getElementById('header')!)
 */
export function mountSyncStatus(container: HTMLElement, { showSettings = true } = {}): SyncStatusLine {
  const text = h('span', { class: 'sync-text' });
  const button = h(
    'button',
    {
      class: 'sync-now',
      attrs: { type: 'button' },
      on: {
        click: () =>
          void sendSyncMessage('sync/now').then(
            () => refresh(),
            () => {},
          ),
      },
    },
    t('sync.now'),
  );
  const settings = h(
    'button',
    {
      class: 'sync-settings',
      attrs: { type: 'button' },
      on: { click: () => void browser.runtime.openOptionsPage() },
    },
    t('sync.settings'),
  );
  // Styled inline so every page that mounts it looks alike without sharing a stylesheet.
  const line = h(
    'div',
    {
      class: 'sync-status',
      attrs: {
        role: 'status',
        style:
          'display:flex;flex-wrap:wrap;gap:6px;align-items:center;font-size:12px;padding:6px 14px;color:#374151',
      },
    },
    text,
    button,
    showSettings ? settings : null,
  );
  container.append(line);

  let pendingBefore: number | null = null;
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  async function refresh(): Promise<boolean> {
    const [status, pending] = await Promise.all([loadStatus(), (await getDb()).count('outbox')]);
    line.dataset.state = status.state;
    line.dataset.pending = String(pending);
    replaceChildren(text, describeStatus(status, pending, Date.now()));
    // New local edits, or edits left from before (the background may have been asleep since).
    if (pending > 0 && (pendingBefore === null || pending > pendingBefore))
      void sendSyncMessage('sync/changed').catch(() => {});
    pendingBefore = pending;
    return status.state === 'syncing';
  }
  // Opened, or back in view: a round now, so what the page shows is fresh.
  const focused = () => {
    if (document.visibilityState === 'visible') void sendSyncMessage('sync/focus').catch(() => {});
  };
  focused();
  document.addEventListener('visibilitychange', focused);
  window.addEventListener('focus', focused);
  const loop = async () => {
    const syncing = await refresh().catch(() => false);
    if (!stopped) timer = setTimeout(loop, syncing ? SYNCING_REFRESH_MS : REFRESH_MS);
  };
  void loop();
  return {
    refresh: () => void refresh().catch(() => {}),
    stop() {
      stopped = true;
      clearTimeout(timer);
      document.removeEventListener('visibilitychange', focused);
      window.removeEventListener('focus', focused);
    },
  };
}
