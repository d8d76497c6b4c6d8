// Drives the capture queue: asks the pure state machine (@readouts/bulk) what to do, fetches and
// extracts one page at a time, saves readouts like a click would, and persists every step, so a
// service worker stopped at any point resumes where it was. I/O comes in through `RunnerDeps`.
import {
  cancel,
  createQueue,
  done,
  enqueue,
  failed,
  next,
  pause,
  type QueueState,
  resume,
  retry,
} from '@readouts/bulk';
import type { ExtractResult, ReadoutContent } from '@readouts/schema';

/** What a request for a page answered: its status, Retry-After, and the page when it came. */
export interface PageAnswer {
  status: number;
  retryAfter: string | null;
  /** The page's HTML, for a 2xx answer with an HTML body; null otherwise. */
  html: string | null;
}

export interface RunnerDeps {
  now(): number;
  /** The stored queue, read once when the runner starts (see `parseQueue`). */
  load(): Promise<QueueState | null>;
  save(state: QueueState): Promise<void>;
  /** Requests a page as a visit would; rejects on a network error. */
  fetchPage(url: string): Promise<PageAnswer>;
  extract(html: string, url: string): Promise<ExtractResult>;
  /** Saves a readout through the collection's repository (outbox and sync as for a click). */
  capture(content: ReadoutContent): Promise<void>;
  /** The least spacing between requests now (the user's setting). */
  spacingMs(): Promise<number>;
  /** Asks for `tick` at `at` (ms since the epoch); null: nothing to wait for. */
  wake(at: number | null): void;
  /** Told every state persisted (badge, popup). */
  onChange?(state: QueueState): void;
}

export interface BulkRunner {
  /** Adds pages (once each; ids in `captured` are skipped) and starts working. */
  enqueue(urls: readonly string[], captured: ReadonlySet<string>): Promise<QueueState>;
  control(action: 'pause' | 'resume' | 'cancel'): Promise<QueueState>;
  retry(id: string): Promise<QueueState>;
  /** Works through the queue until it has to wait, is paused or is through. */
  tick(): Promise<void>;
  state(): Promise<QueueState>;
}

/** Reasons kept for a page whose save failed (not an HTTP failure: the collection refused it). */
const SAVE_FAILED = 'capture.save-failed';

export function createBulkRunner(deps: RunnerDeps): BulkRunner {
  // Every read-change-write of the stored queue runs alone, so a click in the popup and the
  // worker's own steps never overwrite each other.
  let chain: Promise<unknown> = Promise.resolve();
  // Read from the store once per worker: reading it back puts a page that was being fetched when
  // the last worker stopped back in the queue, which must not happen to this worker's own fetch.
  let current: QueueState | null = null;
  const change = <T>(step: (state: QueueState) => { state: QueueState; value: T }): Promise<T> => {
    const run = chain.then(async () => {
      current ??= (await deps.load()) ?? createQueue({ spacingMs: await deps.spacingMs() });
      const held = current;
      const { state, value } = step(held);
      if (state !== held) {
        await deps.save(state);
        current = state;
        deps.onChange?.(state);
      }
      return value;
    });
    chain = run.catch(() => {});
    return run;
  };
  const update = (f: (state: QueueState) => QueueState) =>
    change((s) => {
      const state = f(s);
      return { state, value: state };
    });

  let working: Promise<void> | null = null;

  async function fetchOne(
    url: string,
  ): Promise<
    { kind: 'answer'; result: ExtractResult } | { kind: 'failed'; status: number; retryAfter: string | null }
  > {
    let answer: PageAnswer;
    try {
      answer = await deps.fetchPage(url);
    } catch {
      return { kind: 'failed', status: 0, retryAfter: null };
    }
    if (answer.status < 200 || answer.status > 299)
      return { kind: 'failed', status: answer.status, retryAfter: answer.retryAfter };
    if (answer.html === null)
      return {
        kind: 'answer',
        result: { kind: 'not-readout', reasons: [{ code: 'page.not-html', params: {} }] },
      };
    return { kind: 'answer', result: await deps.extract(answer.html, url) };
  }

  async function work(): Promise<void> {
    for (;;) {
      const spacingMs = await deps.spacingMs();
      const step = await change((held) => {
        const spaced =
          held.options.spacingMs === spacingMs ? held : { ...held, options: { ...held.options, spacingMs } };
        const { state, step } = next(spaced, deps.now());
        return { state, value: step };
      });
      if (step.type === 'wait') return deps.wake(step.until);
      if (step.type !== 'fetch') return deps.wake(null);
      const { id, url } = step.item;
      const outcome = await fetchOne(url);
      let saveFailed = false;
      if (outcome.kind === 'answer' && outcome.result.kind === 'readout') {
        try {
          await deps.capture(outcome.result.readout);
        } catch {
          saveFailed = true;
        }
      }
      await change((held) => {
        // Cancelled or reset meanwhile: the page is no longer this fetch's to report.
        if (held.items.find((i) => i.id === id)?.status !== 'active') return { state: held, value: null };
        if (saveFailed) {
          // The collection refused the write (storage full): hold the queue so the user can act.
          const items = held.items.map((i) =>
            i.id === id ? { ...i, status: 'failed' as const, notBefore: null, reasons: [SAVE_FAILED] } : i,
          );
          return { state: pause({ ...held, items }), value: null };
        }
        if (outcome.kind === 'failed') return { state: failed(held, id, outcome, deps.now()), value: null };
        const result = outcome.result;
        const state =
          result.kind === 'readout'
            ? done(held, id)
            : done(held, id, { outcome: 'not-readout', reasons: result.reasons.map((n) => n.code) });
        return { state, value: null };
      });
    }
  }

  const tick = (): Promise<void> => {
    working ??= work().finally(() => {
      working = null;
    });
    return working;
  };

  return {
    async enqueue(urls, captured) {
      const state = await update((s) => enqueue(s, urls, captured));
      void tick();
      return state;
    },
    async control(action) {
      const f = action === 'pause' ? pause : action === 'resume' ? resume : cancel;
      const state = await update(f);
      if (action === 'resume') void tick();
      return state;
    },
    async retry(id) {
      const state = await update((s) => retry(s, id));
      void tick();
      return state;
    },
    tick,
    state: () => change((s) => ({ state: s, value: s })),
  };
}
