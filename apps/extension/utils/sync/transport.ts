// The wire edge of sync: tRPC calls to the server (`sync.push`, `sync.pull`), with every failure
// turned into a classified SyncError. Only the router's type comes from the server.

import type { AppRouter } from '@readouts/api';
import type { PullRequest, PullResponse, PushRequest, PushResponse } from '@readouts/schema';
import { createTRPCClient, httpLink, TRPCClientError } from '@trpc/client';
import { parseRetryAfter } from './backoff';
import { SyncError } from './errors';

/** What the sync engine needs from a server. */
export interface SyncTransport {
  push(request: PushRequest): Promise<PushResponse>;
  pull(request: PullRequest): Promise<PullResponse>;
}

export interface TransportOptions {
  serverUrl: string;
  token: string;
  fetch?: typeof fetch;
  now?: () => number;
  /** A request with no answer after this long counts as offline. */
  timeoutMs?: number;
}

/** Sorts HTTP failures before tRPC parses the body: 401, 429 and 5xx never carry a result. */
export function guardedFetch(fetchImpl: typeof fetch, now: () => number, timeoutMs: number): typeof fetch {
  return async (input, init) => {
    let response: Response;
    try {
      response = await fetchImpl(input, { ...init, signal: init?.signal ?? AbortSignal.timeout(timeoutMs) });
    } catch (error) {
      throw new SyncError('offline', `cannot reach the server: ${(error as Error).message}`);
    }
    const { status } = response;
    if (status === 401) throw new SyncError('unauthorized', 'the server refused the token', { status });
    // The body limit answers before tRPC, in the REST error shape.
    if (status === 413) {
      throw new SyncError('rejected', 'the server refused the request as too large (HTTP 413)', { status });
    }
    if (status === 429 || status >= 500) {
      const retryAfterMs = parseRetryAfter(response.headers.get('Retry-After'), now());
      throw new SyncError('unavailable', `the server answered HTTP ${status}`, { status, retryAfterMs });
    }
    return response;
  };
}

/** Turns whatever a tRPC call threw into a SyncError. */
export function toSyncError(error: unknown): SyncError {
  if (error instanceof SyncError) return error;
  if (error instanceof TRPCClientError) {
    if (error.cause instanceof SyncError) return error.cause;
    const data = error.data as
      | {
          httpStatus?: number;
          gap?: { expected: number };
          cursorAhead?: { head: number };
          clientTaken?: { clientId: string };
          refused?: { id: number };
        }
      | undefined;
    if (data?.gap) {
      return new SyncError('gap', error.message, { status: 409, expected: data.gap.expected });
    }
    if (data?.cursorAhead) return new SyncError('reset', error.message, { status: 409 });
    if (data?.clientTaken) return new SyncError('clientTaken', error.message, { status: 409 });
    return new SyncError('rejected', `the server refused the request: ${error.message}`, {
      status: data?.httpStatus,
      reason: error.message,
      ...(data?.refused ? { refusedId: data.refused.id } : {}),
    });
  }
  return new SyncError('offline', error instanceof Error ? error.message : String(error));
}

/**
 * A transport for the server at `serverUrl` authenticating with a device token.
 * @example const transport = createTrpcTransport({ serverUrl: 'http://localhost:8787', token });
 */
export function createTrpcTransport(options: TransportOptions): SyncTransport {
  const fetchImpl = options.fetch ?? globalThis.fetch.bind(globalThis);
  const client = createTRPCClient<AppRouter>({
    links: [
      httpLink({
        url: `${options.serverUrl}/trpc`,
        headers: { Authorization: `Bearer ${options.token}` },
        fetch: guardedFetch(fetchImpl, options.now ?? Date.now, options.timeoutMs ?? 30_000),
      }),
    ],
  });
  const call = async <T>(request: () => Promise<T>): Promise<T> => {
    try {
      return await request();
    } catch (error) {
      throw toSyncError(error);
    }
  };
  return {
    push: (request) => call(() => client.sync.push.mutate(request)),
    pull: (request) => call(() => client.sync.pull.query(request)),
  };
}
