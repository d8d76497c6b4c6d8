// Popup wiring: find the target tab, ask the background for its status, render, save on click;
// corrections go to the saved record, or wait for Save when the page is not saved yet.
import type { CorrectableField, Evidence } from '@readouts/schema';
import { browser } from 'wxt/browser';
import type { CorrectionInput } from '../../utils/db/corrections';
import { getDb } from '../../utils/db/open';
import { ReadoutRepository } from '../../utils/db/readouts';
import { h, replaceChildren } from '../../utils/dom';
import type { FieldChange } from '../../utils/fields/field-row';
import { getLocale, t } from '../../utils/i18n';
import { sendMessage, sendTabMessage } from '../../utils/messages';
import type { PageStatus } from '../../utils/page-status';
import { getDeviceId } from '../../utils/storage';
import { mountSyncStatus } from '../../utils/sync/status-line';
import { mountBulk } from './bulk';
import { popupReadout } from './shown';
import { targetTabId } from './target';
import { renderStatus } from './view';

const app = document.getElementById('app')!;
document.documentElement.lang = getLocale();
document.title = t('popup.title');

/** Corrections made before the page was saved; Save stores them with the capture. */
let pending: CorrectionInput = {};

const repository = async () => new ReadoutRepository(await getDb(), { deviceId: await getDeviceId() });

async function showOnPage(tabId: number, evidence: Evidence): Promise<string> {
  try {
    const shown = await sendTabMessage(tabId, 'page/show-evidence', { evidence });
    return t(shown === 'shown' ? 'evidence.shown' : 'evidence.notFound');
  } catch {
    // The tab is open but no content script answers: it loaded before the extension did.
    return t('evidence.pageNotReady');
  }
}

function show(initial: PageStatus, tabId: number): void {
  let status = initial;
  const correct = async (field: CorrectableField, change: FieldChange) => {
    if (status.saved) {
      const saved = await (await repository()).correct(status.saved.id, { [field]: change });
      status = { ...status, saved };
      return popupReadout(status)!;
    }
    const next = { ...pending, [field]: change ?? undefined };
    const shown = popupReadout(status, next)!; // throws a CorrectionError for a refused value
    pending = next;
    return shown;
  };
  replaceChildren(
    app,
    renderStatus(
      status,
      {
        save: () =>
          void run(async () => {
            const saved = await sendMessage('capture/save', { tabId, corrections: pending });
            if (saved.state === 'saved') pending = {};
            return saved;
          }, tabId),
        correct,
        showOnPage: (evidence) => showOnPage(tabId, evidence),
        // A saved page opens the collection at its own record.
        openCollection: () => {
          const hash = status.saved ? `#${encodeURIComponent(status.saved.id)}` : '';
          void browser.tabs.create({ url: `${browser.runtime.getURL('/collection.html')}${hash}` });
        },
      },
      popupReadout(status, pending),
    ),
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
  await mountBulk(document.body, tabId);
}

mountSyncStatus(document.body);
void start();
