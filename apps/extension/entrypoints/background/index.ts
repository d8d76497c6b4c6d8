// Background: answers the popup's capture messages, keeps badges current, handles shortcuts.
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { getDb } from '../../utils/db/open';
import { ReadoutRepository } from '../../utils/db/readouts';
import { onMessage, sendTabMessage } from '../../utils/messages';
import { getDeviceId } from '../../utils/storage';
import { startSync } from '../../utils/sync/background';
import { clearBadgeOnNavigation, showBadge } from './badge';
import { startBulk } from './bulk';
import { createCaptureService } from './capture';
import { extractInTab } from './extract-in-tab';
import { createMenu, listenForShortcuts } from './shortcuts';
import { createShowEvidence } from './show-evidence';

export default defineBackground(() => {
  startSync();
  startBulk();
  const capture = createCaptureService({
    tabUrl: async (tabId) => (await browser.tabs.get(tabId)).url ?? null,
    extract: extractInTab({
      ask: (tabId) => sendTabMessage(tabId, 'page/extract', undefined),
      inject: async (tabId) => {
        await browser.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/mofa.js'] });
      },
    }),
    repository: async () => new ReadoutRepository(await getDb(), { deviceId: await getDeviceId() }),
    onStatus: (tabId, status) => void showBadge(tabId, status).catch(() => {}),
  });

  onMessage('capture/status', ({ tabId }) => capture.status(tabId));
  onMessage('capture/save', ({ tabId, corrections }) => capture.save(tabId, corrections));
  onMessage(
    'evidence/show',
    createShowEvidence({
      mofaTabs: () => browser.tabs.query({ url: 'https://www.mofa.go.jp/*' }),
      highlight: (tabId, evidence) => sendTabMessage(tabId, 'page/show-evidence', { evidence }),
      inject: async (tabId) => {
        await browser.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/mofa.js'] });
      },
      focus: async (tabId, windowId) => {
        await browser.tabs.update(tabId, { active: true });
        if (windowId !== undefined) await browser.windows.update(windowId, { focused: true });
      },
    }),
  );
  onMessage('page/loaded', async ({ url, result }, sender) => {
    if (sender.tabId !== undefined) await capture.statusOf(sender.tabId, url, result);
    return undefined;
  });

  browser.runtime.onInstalled.addListener(() => void createMenu());
  listenForShortcuts(capture);
  clearBadgeOnNavigation();
  browser.tabs.onActivated.addListener(({ tabId }) => void capture.status(tabId).catch(() => {}));
});
