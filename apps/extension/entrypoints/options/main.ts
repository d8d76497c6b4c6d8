// Options page wiring: load the settings, save them (asking for the server's host permission),
// run "Sync now" or pull everything again, show the live sync status and who this browser is
// connected as, request persistent storage and show whether the browser granted it.

import { renderSpacingSetting } from '../../utils/bulk/spacing-setting';
import { getDb } from '../../utils/db/open';
import { storageReport } from '../../utils/db/persistence';
import { getLocale, t } from '../../utils/i18n';
import { getDeviceId } from '../../utils/storage';
import { resetDecisionsProgress } from '../../utils/sync/decisions-progress';
import { loadIdentity } from '../../utils/sync/identity';
import { sendSyncMessage } from '../../utils/sync/messages';
import { discardRejected, loadRejected, rejectedKey, retryRejected } from '../../utils/sync/rejected';
import { loadSettings, normaliseServerUrl, saveCursor, saveSettings } from '../../utils/sync/settings';
import { updateStatus } from '../../utils/sync/status';
import { mountSyncStatus } from '../../utils/sync/status-line';
import { renderSettingsForm } from './form';
import { renderIdentity } from './identity';
import { renderIntro } from './intro';
import { requestServerAccess } from './permission';
import { renderRejected } from './rejected';
import { renderStorage } from './storage';

async function start(): Promise<void> {
  document.documentElement.lang = getLocale();
  document.title = t('options.title');
  document.getElementById('intro')!.replaceChildren(...renderIntro());
  const form = document.getElementById('settings') as HTMLFormElement;
  const statusSection = document.getElementById('status')!;
  statusSection.setAttribute('aria-label', t('options.status'));
  const statusLine = mountSyncStatus(statusSection, { showSettings: false });
  const identitySection = document.getElementById('identity')!;
  identitySection.setAttribute('aria-label', t('identity.heading'));
  // Asked again after every round this page runs: a new token or server is a new identity.
  let asked = 0;
  const showIdentity = async () => {
    const question = ++asked;
    const settings = await loadSettings();
    const result = await loadIdentity(settings);
    // An earlier question answered late (a slow server, since replaced) must not overwrite this one.
    if (question !== asked) return;
    identitySection.dataset.identity = result.kind;
    identitySection.replaceChildren(
      ...renderIdentity(result, { serverUrl: settings.serverUrl, deviceId: await getDeviceId() }),
    );
  };
  const show = (text: string, isError = false) => {
    message.textContent = text;
    message.classList.toggle('error', isError);
  };
  const syncNow = async () => {
    show(t('sync.syncing'));
    try {
      const status = await sendSyncMessage('sync/now');
      statusLine.refresh();
      // A round with no server or token does nothing: saying "Synced." would be a lie.
      if (status.state === 'off') show(t('options.noServer'), true);
      else show(status.lastError ?? t('options.synced'), status.lastError !== null);
    } catch (error) {
      show(String(error), true);
    }
    void showIdentity().catch(() => {});
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
        await resetDecisionsProgress();
        await syncNow();
      })(),
  });
  void showIdentity().catch(() => {});
  await mountRejected(() => statusLine.refresh());
  document.getElementById('storage')!.before(await renderSpacingSetting());
  document.body.dataset.ready = 'true';
  // Asks the browser to keep the collection under storage pressure, then says whether it will.
  const storage = document.getElementById('storage')!;
  storage.setAttribute('aria-label', t('options.storage'));
  storage.replaceChildren(...renderStorage(await storageReport()));
}

const REJECTED_POLL_MS = 2_000;

/**
 * Shows the changes the server refused, kept current while the page is open (a sync round may set
 * more aside); redrawn only when the list changes, so a focused button stays focused.
 */
async function mountRejected(refreshStatus: () => void): Promise<void> {
  const section = document.getElementById('rejected')!;
  section.setAttribute('aria-label', t('rejected.heading'));
  const message = document.createElement('p');
  // Not `.message`: that is the settings form's line, which tests and scripts read.
  message.className = 'rejected-message';
  message.setAttribute('role', 'status');
  let shown: string | null = null;
  const draw = async (force = false) => {
    const rejected = await loadRejected();
    const key = rejected.map(rejectedKey).join('\n');
    if (!force && key === shown) return;
    shown = key;
    const db = await getDb();
    const titles = new Map<string, string>();
    for (const id of new Set(rejected.map((r) => r.mutation.readoutId))) {
      const title = (await db.get('readouts', id))?.readout.title;
      if (title) titles.set(id, title);
    }
    const done = (text: string, isError: boolean) => {
      void draw(true).then(() => {
        message.textContent = text;
        message.classList.toggle('error', isError);
        refreshStatus();
      });
    };
    section.replaceChildren(
      ...renderRejected(
        rejected,
        titles,
        {
          retry: async (keys) => retryRejected(db, await getDeviceId(), keys),
          discard: discardRejected,
        },
        done,
      ),
      message,
    );
  };
  await draw();
  setInterval(() => void draw().catch(() => {}), REJECTED_POLL_MS);
}

void start();
