// Storage full: recognising the browser's quota errors however IndexedDB delivers them, and
// running a write transaction all or nothing so a refused write leaves what was stored before.
import { t } from '../i18n';

/**
 * Names a refused write goes by: the standard DOMException, and Firefox's older internal ones
 * (which some of its storage paths still surface).
 */
const QUOTA_NAMES = new Set([
  'QuotaExceededError',
  'NS_ERROR_DOM_QUOTA_REACHED',
  'NS_ERROR_FILE_NO_DEVICE_SPACE',
]);
/** The legacy `DOMException.QUOTA_EXCEEDED_ERR` code. */
const QUOTA_CODE = 22;

/** The browser refused a write for lack of space: nothing of that write was stored. */
export class StorageFullError extends Error {
  override name = 'StorageFullError';
  constructor(options: { cause?: unknown } = {}) {
    super(t('storage.full'), options);
  }
}

function isQuotaException(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const { name, code } = value as { name?: unknown; code?: unknown };
  // By name, not `instanceof DOMException`: fake-indexeddb, happy-dom and browsers each have their own.
  return (
    (typeof name === 'string' && QUOTA_NAMES.has(name)) || (name !== 'AbortError' && code === QUOTA_CODE)
  );
}

/** The error an aborted transaction carries (null while it runs or after a plain `abort()`). */
function transactionError(transaction: { error?: unknown } | undefined): unknown {
  try {
    return transaction?.error ?? null;
  } catch {
    return null; // some engines throw when it is read too early
  }
}

/**
 * Whether a write failed for lack of space. Besides the QuotaExceededError itself (or one wrapped
 * as `cause`), IndexedDB also fails every other request of the aborted transaction with an
 * AbortError, and idb rejects `tx.done` with the transaction's error: pass the transaction to
 * recognise those too.
 */
export function isQuotaError(error: unknown, transaction?: { error?: unknown }): boolean {
  let current = error;
  for (let depth = 0; depth < 5 && current !== undefined && current !== null; depth++) {
    if (current instanceof StorageFullError || isQuotaException(current)) return true;
    current = (current as { cause?: unknown }).cause;
  }
  return isQuotaException(transactionError(transaction));
}

/** A readwrite transaction as idb gives it (`done` settles when it commits or aborts). */
export interface WriteTransaction {
  readonly done: Promise<void>;
  readonly error?: unknown;
  abort(): void;
}

/**
 * Runs `body` (the transaction's requests) and waits for the commit; resolves to what `body`
 * returned. All or nothing: when `body` throws (a refused request, a bug) the transaction is
 * aborted, so none of its writes is stored, and `done` is never left to reject unheard. A write
 * refused for space, however it arrives, is thrown as a StorageFullError.
 */
export async function commitWrite<T>(transaction: WriteTransaction, body: () => Promise<T>): Promise<T> {
  const done = transaction.done;
  done.catch(() => {}); // awaited below, on either path
  try {
    const result = await body();
    await done;
    return result;
  } catch (error) {
    await abandon(transaction);
    throw isQuotaError(error, transaction) ? new StorageFullError({ cause: error }) : error;
  }
}

/**
 * Aborts a transaction that may still be running (one that already failed or finished is left as
 * it is) and waits until it has settled, so its error can be read. Never rejects.
 */
export async function abandon(transaction: WriteTransaction | undefined): Promise<void> {
  if (!transaction) return;
  try {
    transaction.abort();
  } catch {
    // Already aborted (a refused request aborts it) or finished.
  }
  await transaction.done.catch(() => {});
}

/** A sentence for a failed write, in the UI language: the quota message, or the error's own. */
export function describeWriteError(error: unknown): string {
  if (isQuotaError(error)) return t('storage.full');
  return error instanceof Error ? error.message : String(error);
}
