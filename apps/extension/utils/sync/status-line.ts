// The sync status line of the popup and the collection page: last sync, pending changes, last
// error, first-sync progress, and a "Sync now" button. It redraws as soon as the background
// announces a change (a round starts, pulls, ends; an edit reaches it) or another page saves, and
// polls slowly besides, for the age ("5 min ago") and for a worker that was asleep. Pages also
// nudge the background when they find changes waiting in the outbox (their own edits, or ones
// left while the worker slept).
import { browser } from 'wxt/browser';
import { onReadoutsChanged } from '../db/changes';
import { getDb } from '../db/open';
import { h, replaceChildren } from '../dom';
import { t } from '../i18n';
import { describeStatus } from './describe';
import { sendSyncMessage } from './messages';
import { loadStatus } from './status';
import { onSyncStatus } from './status-signal';

/** A mounted status line. */
export interface SyncStatusLine {
  /** Shows the current status now rather than at the next tick. */
  refresh(): void;
  stop(): void;
}

/** Announcements carry every change; the poll only ages "just now" into "1 min ago". */
const REFRESH_MS = 5_000;

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
            () => redraw(),
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
  async function refresh(): Promise<void> {
    const [status, pending] = await Promise.all([loadStatus(), (await getDb()).count('outbox')]);
    line.dataset.state = status.state;
    line.dataset.pending = String(pending);
    replaceChildren(text, describeStatus(status, pending, Date.now()));
    // New local edits, or edits left from before (the background may have been asleep since).
    if (pending > 0 && (pendingBefore === null || pending > pendingBefore))
      void sendSyncMessage('sync/changed').catch(() => {});
    pendingBefore = pending;
  }
  // Redraws are chained: one reading that finishes after a later one must not overwrite it.
  let drawing: Promise<void> = Promise.resolve();
  const redraw = () => {
    drawing = drawing.then(refresh).catch(() => {});
    return drawing;
  };
  const stopListening = [onSyncStatus(() => void redraw()), onReadoutsChanged(() => void redraw())];
  // Opened, or back in view: a round now, so what the page shows is fresh.
  const focused = () => {
    if (document.visibilityState === 'visible') void sendSyncMessage('sync/focus').catch(() => {});
  };
  focused();
  document.addEventListener('visibilitychange', focused);
  window.addEventListener('focus', focused);
  const loop = async () => {
    await redraw();
    if (!stopped) timer = setTimeout(loop, REFRESH_MS);
  };
  void loop();
  return {
    refresh: () => void redraw(),
    stop() {
      stopped = true;
      clearTimeout(timer);
      for (const stop of stopListening) stop();
      document.removeEventListener('visibilitychange', focused);
      window.removeEventListener('focus', focused);
    },
  };
}
