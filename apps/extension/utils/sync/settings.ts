// Where and how to sync: the server URL, this device's token, automatic sync on or off, and the
// pull cursor that belongs to that server.
import { t } from '../i18n';
import { readValue, writeValue } from './db';
import { resetDecisionsProgress } from './decisions-progress';

export interface SyncSettings {
  /** The server's base URL, e.g. `http://localhost:8787` (no trailing slash). */
  serverUrl: string;
  /** A device token from `readouts token add USER --device NAME`. */
  token: string;
  /** Sync on changes, at startup and every few minutes; off: only on "Sync now". */
  auto: boolean;
}

export const DEFAULT_SERVER_URL = 'http://localhost:8787';
const SETTINGS_KEY = 'settings';
const CURSOR_KEY = 'cursor';

/** The saved settings; an empty token means sync is not set up. */
export function loadSettings(): Promise<SyncSettings> {
  return readValue<SyncSettings>(SETTINGS_KEY, { serverUrl: DEFAULT_SERVER_URL, token: '', auto: true });
}

/** Whether the settings name a server and a token. */
export function isConfigured(settings: SyncSettings): boolean {
  return settings.serverUrl !== '' && settings.token !== '';
}

/** A typed URL that names its scheme (`http://`, `ftp://`, ...). */
const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;
/** This machine's names: a server there is usually a development one without TLS. */
const LOOPBACK = /^(?:localhost|127(?:\.\d{1,3}){3}|\[::1\])(?::\d+)?(?:[/?#]|$)/i;

/**
 * Completes a server URL typed without a scheme: `localhost:8787` is `http://localhost:8787`
 * (loopback gets http), `sync.example.org` is `https://sync.example.org`.
 */
export function completeServerUrl(input: string): string {
  const typed = input.trim();
  if (typed === '' || HAS_SCHEME.test(typed)) return typed;
  return `${LOOPBACK.test(typed) ? 'http' : 'https'}://${typed}`;
}

/**
 * Normalises a typed server URL (completed by `completeServerUrl`) to an origin plus path without
 * a trailing slash; throws, with a message in the UI language, for anything that is not http(s).
 */
export function normaliseServerUrl(input: string): string {
  let url: URL;
  try {
    url = new URL(completeServerUrl(input));
  } catch (error) {
    throw new Error(t('sync.invalidUrl', { reason: (error as Error).message }));
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(t('sync.httpOnly'));
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

/**
 * Saves settings. Another server or another token may hold another collection, so the pull cursor
 * starts over (merging is idempotent, so pulling again is safe), and so does decisions sync.
 */
export async function saveSettings(next: SyncSettings): Promise<void> {
  const previous = await loadSettings();
  if (previous.serverUrl !== next.serverUrl || previous.token !== next.token) {
    await saveCursor(null);
    await resetDecisionsProgress();
  }
  await writeValue(SETTINGS_KEY, next);
}

/** The cursor of the last pulled page (null: pull everything). */
export function loadCursor(): Promise<string | null> {
  return readValue<string | null>(CURSOR_KEY, null);
}

/** Saves the cursor once the page it ends has been merged locally. */
export function saveCursor(cursor: string | null): Promise<void> {
  return writeValue(CURSOR_KEY, cursor);
}
