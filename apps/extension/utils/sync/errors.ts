// What can go wrong talking to the server, sorted by what the client should do about it.
import { isQuotaError } from '../db/quota';
import { t } from '../i18n';

/**
 * - `offline`: no answer at all (network down, server stopped): retry with backoff.
 * - `unavailable`: 5xx, or 429 with Retry-After: retry with backoff.
 * - `unauthorized`: 401: stop and ask the user for a valid token.
 * - `gap`: the server expects an earlier mutation id: resend from `expected`.
 * - `reset`: the saved pull cursor is ahead of the server's collection (the server was restored
 *   from a backup): pull again from the start.
 * - `clientTaken`: 409, the pushed client id belongs to another device token (two devices with one
 *   client id): take a new client id and push the queued mutations again under it.
 * - `rejected`: any other refusal (400, 413, ...): retrying the same request would fail again.
 */
export type SyncErrorKind =
  | 'offline'
  | 'unavailable'
  | 'unauthorized'
  | 'gap'
  | 'reset'
  | 'clientTaken'
  | 'rejected';

/** A failed sync request, classified. */
export class SyncError extends Error {
  override name = 'SyncError';
  constructor(
    readonly kind: SyncErrorKind,
    message: string,
    readonly details: {
      status?: number;
      retryAfterMs?: number | null;
      expected?: number;
      /** The server's own words for a refusal. */
      reason?: string;
      /** The id of the pushed mutation the server refused for good (`data.refused.id`). */
      refusedId?: number;
    } = {},
  ) {
    super(message);
  }
}

/** Whether waiting and trying again can help. */
export function isRetryable(error: unknown): boolean {
  return error instanceof SyncError && (error.kind === 'offline' || error.kind === 'unavailable');
}

/** A sentence for the status line, in the UI language. */
export function describeError(error: unknown): string {
  // A local write refused for space (merging a pulled page, folding pushed mutations).
  if (isQuotaError(error)) return t('sync.storageFull');
  if (!(error instanceof SyncError)) return error instanceof Error ? error.message : String(error);
  switch (error.kind) {
    case 'offline':
      return t('sync.offline');
    case 'unavailable':
      return t('sync.unavailable', { status: String(error.details.status) });
    case 'unauthorized':
      return t('sync.unauthorized');
    case 'rejected':
      return error.details.reason === undefined
        ? error.message
        : t('sync.rejected', { reason: error.details.reason });
    default:
      return error.message;
  }
}
