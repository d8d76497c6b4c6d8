// Options page wiring: load the settings, save them (asking for the server's host permission),
// run "Sync now" or pull everything again, show the live sync status, request persistent storage
// and show whether the browser granted it.

import { storageReport } from '../../utils/db/persistence';
import { getLocale, t } from '../../utils/i18n';
import { sendSyncMessage } from '../../utils/sync/messages';
import { loadSettings, normaliseServerUrl, saveCursor, saveSettings } from '../../utils/sync/settings';
import { updateStatus } from '../../utils/sync/status';
import { mountSyncStatus } from '../../utils/sync/status-line';
import { renderSettingsForm } from './form';
import { renderIntro } from './intro';
import { requestServerAccess } from './permission';
import { renderStorage } from './storage';

async function start(): Promise<void> {
  document.documentElement.lang = getLocale();
  document.title = t('options.title');
  document.getElementById('intro')!.replaceChildren(...renderIntro());
  const form = document.getElementById('settings') as HTMLFormElement;
  const statusSection = document.getElementById('status')!;
  statusSection.setAttribute('aria-label', t('options.status'));
  const statusLine = mountSyncStatus(statusSection, { showSettings: false });
  const show = (text: string, isError = false) => {
    message.textContent = text;
    message.classList.toggle('error', isError);
  };
  const syncNow = async () => {
    show(t('sync.syncing'));
    try {
      const status = await sendSyncMessage('sync/now');
      statusLine.refresh();
      show(status.lastError ?? t('options.synced'), status.lastError !== null);
    } catch (error) {
      show(String(error), true);
    }
  };
  const message = renderSettingsForm(form, await loadSettings(), {
    save(values) {
      let serverUrl: string;
      try {
        serverUrl = normaliseServerUrl(values.serverUrl);
      } catch (error) {
        show(t('options.badServerUrl', { reason: (error as Error).message }), true);
        return;
      }
      // Asked inside the click; whatever the answer, sync works through the server's CORS.
      void requestServerAccess(serverUrl);
      void (async () => {
        await saveSettings({ ...values, serverUrl });
        await updateStatus({ state: 'idle', lastError: null, nextRetryAt: null });
        statusLine.refresh();
        show(t('options.saved'));
        await syncNow();
      })();
    },
    syncNow: () => void syncNow(),
    pullAll: () =>
      void (async () => {
        await saveCursor(null);
        await syncNow();
      })(),
  });
  document.body.dataset.ready = 'true';
  // Asks the browser to keep the collection under storage pressure, then says whether it will.
  const storage = document.getElementById('storage')!;
  storage.setAttribute('aria-label', t('options.storage'));
  storage.replaceChildren(...renderStorage(await storageReport()));
}

void start();
