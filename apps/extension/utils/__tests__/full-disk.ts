// A disk that fills up, for fake-indexeddb: writes refused with QuotaExceededError the two ways a
// browser refuses them. `request`: the put or add request itself fails with QuotaExceededError,
// which aborts its transaction (with that error). `commit`: every request succeeds, but the
// transaction aborts with QuotaExceededError when it would commit (Chrome's usual way), so idb
// rejects `tx.done` with it and any request still pending with an AbortError.
import { IDBObjectStore as FakeObjectStore, IDBTransaction as FakeTransaction } from 'fake-indexeddb';

export type Refusal = 'request' | 'commit';

export interface FillOptions {
  /** Stores whose writes are refused (all when omitted). */
  stores?: string[];
  /** How many more writes (into those stores) succeed before the disk is full. */
  after?: number;
  at?: Refusal;
}

export interface FullDisk {
  /** Fills the disk: from now on (after `after` more writes) writes are refused. */
  fill(options?: FillOptions): void;
  /** Space was freed: writes succeed again. */
  free(): void;
  /** Writes refused so far. */
  readonly refused: number;
  /** Puts fake-indexeddb's own methods back. */
  restore(): void;
}

/** fake-indexeddb's internals used here (version 6). */
interface TransactionInternals {
  _state: string;
  _requests: Array<{ request: { readyState: string }; operation: () => unknown }>;
  _start(): void;
  _abort(errorName: string | null): void;
}
type StoreWrite = (this: IDBObjectStore, value: unknown, key?: IDBValidKey) => IDBRequest;

const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

/** Patches fake-indexeddb (every factory) until `restore()`; the disk starts with room. */
export function fakeFullDisk(): FullDisk {
  const storeProto = FakeObjectStore.prototype as unknown as Record<'put' | 'add', StoreWrite>;
  const txProto = FakeTransaction.prototype as unknown as TransactionInternals;
  const original = { put: storeProto.put, add: storeProto.add, start: txProto._start };
  /** Transactions that abort with QuotaExceededError once their last request is done. */
  const doomed = new WeakSet<object>();
  let full: (FillOptions & { allowed: number }) | null = null;
  let refused = 0;

  const refuses = (store: IDBObjectStore): Refusal | null => {
    if (!full || (full.stores && !full.stores.includes(store.name))) return null;
    if (full.allowed > 0) {
      full.allowed--;
      return null;
    }
    refused++;
    return full.at ?? 'request';
  };

  const write = (method: StoreWrite): StoreWrite =>
    function (this: IDBObjectStore, ...args) {
      // The real method first: it validates, clones and queues the request as usual.
      const request = method.apply(this, args);
      const refusal = refuses(this);
      const tx = this.transaction as unknown as TransactionInternals;
      if (refusal === 'request') {
        const queued = tx._requests.find((entry) => entry.request === (request as unknown));
        if (queued) {
          queued.operation = () => {
            throw quotaError();
          };
        }
      } else if (refusal === 'commit') {
        doomed.add(tx);
      }
      return request;
    };

  storeProto.put = write(original.put);
  storeProto.add = write(original.add);
  // fake-indexeddb commits in `_start` once no request is left: a doomed transaction aborts there.
  txProto._start = function (this: TransactionInternals) {
    const idle = this._requests.every((entry) => entry.request.readyState === 'done');
    if (doomed.has(this) && idle && this._state !== 'finished') {
      doomed.delete(this);
      this._abort('QuotaExceededError');
      return;
    }
    original.start.call(this);
  };

  return {
    fill(options = {}) {
      full = { ...options, allowed: options.after ?? 0 };
    },
    free() {
      full = null;
    },
    get refused() {
      return refused;
    },
    restore() {
      storeProto.put = original.put;
      storeProto.add = original.add;
      txProto._start = original.start;
    },
  };
}
