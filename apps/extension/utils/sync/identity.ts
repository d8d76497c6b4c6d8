// Who this browser is connected as: the server's `GET /api/v1/me` for the saved token (the user,
// the token's device label, the sync client id bound to it), or why it cannot say.
import { isConfigured, type SyncSettings } from './settings';

/** The `/me` answer (apps/server `Me`), as far as the options page shows it. */
export interface Identity {
  user: { id: number; name: string };
  token: { id: string; label: string; createdAt: string };
  /** The sync client id the token's first push bound; null before this device pushed. */
  clientId: string | null;
}

/**
 * - `connected`: the server answered who the token belongs to.
 * - `unauthorized`: the server refused the token (401).
 * - `unreachable`: no answer at all (offline, wrong address, blocked); `reason` is the browser's.
 * - `failed`: an answer that is not an identity (an HTTP error, or not this server's shape).
 */
export type IdentityResult =
  | { kind: 'off' }
  | { kind: 'connected'; identity: Identity }
  | { kind: 'unauthorized' }
  | { kind: 'unreachable'; reason: string }
  | { kind: 'failed'; status: number };

const isIdentity = (body: unknown): body is Identity => {
  const me = body as Partial<Identity> | null;
  return (
    typeof me?.user?.name === 'string' &&
    typeof me.token?.label === 'string' &&
    (typeof me.clientId === 'string' || me.clientId === null)
  );
};

/** Asks the server who the saved token acts as; `fetch` is for tests. */
export async function loadIdentity(
  settings: SyncSettings,
  fetchImpl: typeof fetch = globalThis.fetch.bind(globalThis),
): Promise<IdentityResult> {
  if (!isConfigured(settings)) return { kind: 'off' };
  let response: Response;
  try {
    response = await fetchImpl(`${settings.serverUrl}/api/v1/me`, {
      headers: { Authorization: `Bearer ${settings.token}` },
      signal: AbortSignal.timeout(15_000),
    });
  } catch (error) {
    return { kind: 'unreachable', reason: (error as Error).message };
  }
  if (response.status === 401) return { kind: 'unauthorized' };
  const body: unknown = response.ok ? await response.json().catch(() => null) : null;
  if (!isIdentity(body)) return { kind: 'failed', status: response.status };
  return { kind: 'connected', identity: body };
}
