// Options page wiring: load the settings, save them (asking for the server's host permission),
// run "Sync now", and show the live sync status.

import { sendSyncMessage } from '../../utils/sync/messages';
import { loadSettings, normaliseServerUrl, saveSettings } from '../../utils/sync/settings';
import { updateStatus } from '../../utils/sync/status';
import { mountSyncStatus } from '../../utils/sync/status-line';
import { renderSettingsForm } from './form';
import { requestServerAccess } from './permission';

async function start(): Promise<void> {
  const form = document.getElementById('settings') as HTMLFormElement;
  const statusLine = mountSyncStatus(document.getElementById('status')!, { showSettings: false });
  const show = (text: string, isError = false) => {
    message.textContent = text;
    message.classList.toggle('error', isError);
  };
  const syncNow = async () => {
    show('Syncing…');
    try {
      const status = await sendSyncMessage('sync/now');
      statusLine.refresh();
      show(status.lastError ?? 'Synced.', status.lastError !== null);
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
        show(`Server URL: ${(error as Error).message}`, true);
        return;
      }
      // Asked inside the click; whatever the answer, sync works through the server's CORS.
      void requestServerAccess(serverUrl);
      void (async () => {
        await saveSettings({ ...values, serverUrl });
        await updateStatus({ state: 'idle', lastError: null, nextRetryAt: null });
        statusLine.refresh();
        show('Saved.');
        await syncNow();
      })();
    },
    syncNow: () => void syncNow(),
  });
  document.body.dataset.ready = 'true';
}

void start();
