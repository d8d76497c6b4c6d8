// A record's history from the sync server (tRPC `readouts.history`): what changed, when and from
// which device, from the server's log of applied mutations.
import type { AppRouter } from '@readouts/api';
import { createTRPCClient, httpLink } from '@trpc/client';
import type { inferRouterOutputs } from '@trpc/server';
import { isConfigured, type SyncSettings } from './settings';

/**
 * One applied mutation of a record, newest first: @readouts/api's `HistoryEntry` as it arrives over
 * the wire, where JSON may leave out `detail` (so it is optional here, required on the server).
 */
export type HistoryEntry = inferRouterOutputs<AppRouter>['readouts']['history'][number];

/** Loads a record's history; null when no server is set up. `fetch` is for tests. */
export async function loadHistory(
  settings: SyncSettings,
  readoutId: string,
  fetchImpl: typeof fetch = globalThis.fetch.bind(globalThis),
): Promise<HistoryEntry[] | null> {
  if (!isConfigured(settings)) return null;
  const client = createTRPCClient<AppRouter>({
    links: [
      httpLink({
        url: `${settings.serverUrl}/trpc`,
        headers: { Authorization: `Bearer ${settings.token}` },
        fetch: (input, init) =>
          fetchImpl(input, { ...init, signal: init?.signal ?? AbortSignal.timeout(15_000) }),
      }),
    ],
  });
  return client.readouts.history.query({ id: readoutId });
}
