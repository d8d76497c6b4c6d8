// Popup wiring: find the target tab, ask the background for its status, render, save on click.
import { browser } from 'wxt/browser';
import { h, replaceChildren } from '../../utils/dom';
import { getLocale, t } from '../../utils/i18n';
import { sendMessage } from '../../utils/messages';
import type { PageStatus } from '../../utils/page-status';
import { mountSyncStatus } from '../../utils/sync/status-line';
import { targetTabId } from './target';
import { renderStatus } from './view';

const app = document.getElementById('app')!;
document.documentElement.lang = getLocale();
document.title = t('popup.title');

function show(status: PageStatus, tabId: number): void {
  replaceChildren(
    app,
    renderStatus(status, {
      save: () => void run(() => sendMessage('capture/save', { tabId }), tabId),
      // A saved page opens the collection at its own record.
      openCollection: () => {
        const hash = status.saved ? `#${encodeURIComponent(status.saved.id)}` : '';
        void browser.tabs.create({ url: `${browser.runtime.getURL('/collection.html')}${hash}` });
      },
    }),
  );
}

async function run(request: () => Promise<PageStatus>, tabId: number): Promise<void> {
  try {
    show(await request(), tabId);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    replaceChildren(app, h('p', { class: 'error' }, t('popup.failed', { error: message })));
  }
}

async function start(): Promise<void> {
  replaceChildren(app, h('p', { class: 'loading' }, t('popup.loading')));
  const tabId = await targetTabId(location.search);
  if (tabId === null) {
    replaceChildren(app, h('p', { class: 'explain' }, t('popup.noTab')));
    return;
  }
  await run(() => sendMessage('capture/status', { tabId }), tabId);
}

mountSyncStatus(document.body);
void start();
