// The wire edge of decisions sync: `decisions.sync` over tRPC, failures classified as SyncErrors
// by the same rules as the readout transport.
import type { AppRouter } from '@readouts/api';
import type { DecisionsSyncRequest, DecisionsSyncResponse } from '@readouts/schema';
import { createTRPCClient, httpLink } from '@trpc/client';
import { guardedFetch, type TransportOptions, toSyncError } from './transport';

/** Sends one decisions request to the server at `options.serverUrl`. */
export function createDecisionsTransport(
  options: TransportOptions,
): (request: DecisionsSyncRequest) => Promise<DecisionsSyncResponse> {
  const client = createTRPCClient<AppRouter>({
    links: [
      httpLink({
        url: `${options.serverUrl}/trpc`,
        headers: { Authorization: `Bearer ${options.token}` },
        fetch: guardedFetch(
          options.fetch ?? globalThis.fetch.bind(globalThis),
          options.now ?? Date.now,
          options.timeoutMs ?? 30_000,
        ),
      }),
    ],
  });
  return async (request) => {
    try {
      return await client.decisions.sync.mutate(request);
    } catch (error) {
      throw toSyncError(error);
    }
  };
}
