// What can go wrong talking to the server, sorted by what the client should do about it.

/**
 * - `offline`: no answer at all (network down, server stopped): retry with backoff.
 * - `unavailable`: 5xx, or 429 with Retry-After: retry with backoff.
 * - `unauthorized`: 401: stop and ask the user for a valid token.
 * - `gap`: the server expects an earlier mutation id: resend from `expected`.
 * - `rejected`: any other refusal (400, 413, ...): retrying the same request would fail again.
 */
export type SyncErrorKind = 'offline' | 'unavailable' | 'unauthorized' | 'gap' | 'rejected';

/** A failed sync request, classified. */
export class SyncError extends Error {
  override name = 'SyncError';
  constructor(
    readonly kind: SyncErrorKind,
    message: string,
    readonly details: { status?: number; retryAfterMs?: number | null; expected?: number } = {},
  ) {
    super(message);
  }
}

/** Whether waiting and trying again can help. */
export function isRetryable(error: unknown): boolean {
  return error instanceof SyncError && (error.kind === 'offline' || error.kind === 'unavailable');
}

/** A sentence for the status line. */
export function describeError(error: unknown): string {
  if (!(error instanceof SyncError)) return error instanceof Error ? error.message : String(error);
  switch (error.kind) {
    case 'offline':
      return 'Cannot reach the sync server; will retry.';
    case 'unavailable':
      return `The sync server is unavailable (HTTP ${error.details.status}); will retry.`;
    case 'unauthorized':
      return 'The server refused the token (401). Paste a valid device token in the options page.';
    default:
      return error.message;
  }
}
