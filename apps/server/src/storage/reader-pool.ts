// A pool of worker threads answering read calls, so that concurrent SQLite queries run side by
// side instead of queueing on the one thread that also writes. A worker that dies is replaced;
// the calls it held fail with ReaderExitedError instead of waiting for ever.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { parentPort, Worker } from 'node:worker_threads';

/** A read call failed because its worker thread exited before answering. */
export class ReaderExitedError extends Error {
  override name = 'ReaderExitedError';
}

/** What a worker answers to one call. */
export type ReaderReply =
  | { id: number; ok: true; value: unknown }
  | { id: number; ok: false; error: { name: string; message: string } };

/** What the pool sends a worker: call `method` with `args`. */
export interface ReaderCall {
  id: number;
  method: string;
  args: unknown[];
}

interface Pending {
  resolve(value: unknown): void;
  reject(error: Error): void;
}

interface Reader {
  worker: Worker;
  pending: Map<number, Pending>;
  /** Set once the worker has said it is ready (its module loaded, its connection open). */
  ready: boolean;
}

/** What a worker posts once it can answer calls. */
const READY = 'ready';
const TSX_REQUIRE_HOOK = createRequire(import.meta.url).resolve('tsx/cjs');

export interface ReaderPoolOptions {
  /** The worker module, which calls `answerCalls` (TypeScript is loaded through tsx). */
  module: URL;
  size: number;
  workerData?: unknown;
}

/** Rebuilds an error a worker sent, keeping its name (callers tell errors apart by it). */
function revive(sent: { name: string; message: string }): Error {
  const error = new Error(sent.message);
  error.name = sent.name;
  return error;
}

/**
 * A fixed number of worker threads, each answering calls one at a time; a call goes to the worker
 * with the fewest calls outstanding.
 */
export class ReaderPool {
  private readonly readers: Reader[] = [];
  private nextId = 1;
  private closed = false;
  private failedStarts = 0;
  private lastFailure = '';

  constructor(private readonly options: ReaderPoolOptions) {
    if (!Number.isInteger(options.size) || options.size < 1) throw new Error('a reader pool needs a worker');
    for (let i = 0; i < options.size; i++) this.readers.push(this.start());
  }

  /** Workers started since the pool was made, replacements included (for tests and logs). */
  started = 0;

  private start(): Reader {
    this.started++;
    // TypeScript through tsx's require hook: ESM loader hooks do not reach worker threads on Node 20.
    const boot = `require(${JSON.stringify(TSX_REQUIRE_HOOK)}); require(${JSON.stringify(fileURLToPath(this.options.module))});`;
    const worker = new Worker(boot, { eval: true, workerData: this.options.workerData });
    const reader: Reader = { worker, pending: new Map(), ready: false };
    let failure = '';
    worker.on('message', (reply: ReaderReply | typeof READY) => {
      if (reply === READY) {
        reader.ready = true;
        this.failedStarts = 0;
        return;
      }
      const call = reader.pending.get(reply.id);
      if (!call) return;
      reader.pending.delete(reply.id);
      if (reply.ok) call.resolve(reply.value);
      else call.reject(revive(reply.error));
    });
    // 'error' (an uncaught throw) is always followed by 'exit', which does the cleaning up.
    worker.on('error', (error) => {
      failure = `: ${error.message}`;
    });
    worker.on('exit', (code) => {
      for (const call of reader.pending.values())
        call.reject(new ReaderExitedError(`reader thread exited (code ${code}) before answering${failure}`));
      reader.pending.clear();
      const at = this.readers.indexOf(reader);
      if (at < 0 || this.closed) return;
      if (reader.ready) {
        this.readers[at] = this.start();
        return;
      }
      // A thread that cannot even start would fail again at once: retry later, and less often.
      this.readers.splice(at, 1);
      this.lastFailure = `reader thread failed to start${failure}`;
      const delay = Math.min(30_000, 250 * 2 ** this.failedStarts++);
      setTimeout(() => {
        if (!this.closed) this.readers.push(this.start());
      }, delay).unref();
    });
    // An idle pool must not keep the process alive.
    worker.unref();
    return reader;
  }

  /** Calls `method` in the least busy worker. */
  run<T>(method: string, args: unknown[]): Promise<T> {
    if (this.closed) return Promise.reject(new Error('reader pool is closed'));
    if (!this.readers.length) return Promise.reject(new ReaderExitedError(this.lastFailure));
    let reader = this.readers[0]!;
    for (const r of this.readers) if (r.pending.size < reader.pending.size) reader = r;
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      reader.pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      // Referenced while a call waits, so the process stays up for its answer.
      if (reader.pending.size === 1) reader.worker.ref();
      const call: ReaderCall = { id, method, args };
      reader.worker.postMessage(call);
    }).finally(() => {
      if (reader.pending.size === 0) reader.worker.unref();
    });
  }

  /** Stops every worker; calls still outstanding fail with ReaderExitedError. */
  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.readers.map((r) => r.worker.terminate()));
  }
}

/**
 * The worker side: answers each call from the pool with `handlers[method](...args)`, an error
 * thrown by a handler sent back as the call's answer.
 */
export function answerCalls(handlers: Record<string, (...args: never[]) => unknown>): void {
  if (!parentPort) throw new Error('answerCalls runs in a worker thread');
  const port = parentPort;
  port.on('message', (call: ReaderCall) => {
    let reply: ReaderReply;
    try {
      const handler = handlers[call.method];
      if (!handler) throw new Error(`no read named ${call.method}`);
      reply = { id: call.id, ok: true, value: handler(...(call.args as never[])) };
    } catch (error) {
      const e = error instanceof Error ? error : new Error(String(error));
      reply = { id: call.id, ok: false, error: { name: e.name, message: e.message } };
    }
    port.postMessage(reply);
  });
  port.postMessage(READY);
}
