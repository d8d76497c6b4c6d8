// Runtime host permission for the sync server. The server also answers CORS for extension
// origins, so a declined request only means sync runs as cross-origin requests.
import { browser } from 'wxt/browser';

/** The match pattern covering a server URL, e.g. `http://localhost/*`. */
export function originPattern(serverUrl: string): string {
  const url = new URL(serverUrl);
  return `${url.protocol}//${url.hostname}/*`;
}

/**
 * Asks for access to the server. Must be called synchronously inside the click handler (a user
 * gesture); resolves to whether access was granted, and never rejects.
 */
export function requestServerAccess(serverUrl: string): Promise<boolean> {
  try {
    return browser.permissions.request({ origins: [originPattern(serverUrl)] }).catch(() => false);
  } catch {
    return Promise.resolve(false);
  }
}
