import { parseQueue, type QueueState, serialiseQueue } from '@readouts/bulk';
import { type ExtractResult, type ReadoutContent, readoutIdFromUrl } from '@readouts/schema';
import { describe, expect, it } from 'vitest';
import { fakeContent } from '../../__tests__/factories';
import { createBulkRunner, type PageAnswer, type RunnerDeps } from '../runner';

const url = (n: number) => `https://www.mofa.go.jp/press/release/press4e_${String(n).padStart(6, '0')}.html`;
const page = (status: number, html: string | null = null): PageAnswer => ({ status, retryAfter: null, html });

/** A fake world: a clock, a stored queue (as JSON, like IndexedDB keeps it), a site and a collection. */
function world(answers: Record<string, Array<PageAnswer | 'hang' | 'network'>>, spacingMs = 1000) {
  const clock = { now: 1_000_000 };
  const stored: { json: string | null } = { json: null };
  const requests: Array<{ url: string; at: number }> = [];
  const saved: string[] = [];
  let wakeAt: number | null = null;
  let failSave = false;
  const deps = (): RunnerDeps => ({
    now: () => clock.now,
    load: async () => (stored.json ? parseQueue(stored.json) : null),
    save: async (state) => {
      stored.json = serialiseQueue(state);
    },
    fetchPage: (u) => {
      requests.push({ url: u, at: clock.now });
      const answer = answers[u]?.shift() ?? page(404);
      if (answer === 'hang') return new Promise<PageAnswer>(() => {});
      if (answer === 'network') return Promise.reject(new TypeError('Failed to fetch'));
      return Promise.resolve(answer);
    },
    extract: async (html, u): Promise<ExtractResult> =>
      html === 'readout'
        ? {
            kind: 'readout',
            readout: fakeContent({ id: readoutIdFromUrl(u) }) as ReadoutContent,
            warnings: [],
          }
        : { kind: 'not-readout', reasons: [{ code: 'page.list', params: {} }] },
    capture: async (content) => {
      if (failSave) throw new Error('QuotaExceededError');
      saved.push(content.id);
    },
    spacingMs: async () => spacingMs,
    wake: (at) => {
      wakeAt = at;
    },
  });
  /** Runs the runner's ticks at the times it asks for, until it has nothing to wait for. */
  const drain = async (runner: ReturnType<typeof createBulkRunner>) => {
    await runner.tick();
    for (let guard = 0; wakeAt !== null && guard < 1000; guard++) {
      clock.now = Math.max(clock.now, wakeAt);
      wakeAt = null;
      await runner.tick();
    }
  };
  const state = (): QueueState => parseQueue(stored.json!);
  return {
    clock,
    stored,
    requests,
    saved,
    deps,
    drain,
    state,
    failSaves: (fail = true) => {
      failSave = fail;
    },
  };
}

describe('bulk runner', () => {
  it('captures readouts, lists non-readouts and failures, one request per spacing', async () => {
    const w = world({
      [url(1)]: [page(200, 'readout')],
      [url(2)]: [page(200, 'list')],
      [url(3)]: [page(404)],
    });
    const runner = createBulkRunner(w.deps());
    await runner.enqueue([url(1), url(2), url(3)], new Set());
    await w.drain(runner);
    const items = w.state().items;
    expect(items.map((i) => [i.status, i.outcome, i.reasons])).toEqual([
      ['done', 'captured', []],
      ['done', 'not-readout', ['page.list']],
      ['failed', null, ['http.404']],
    ]);
    expect(w.saved).toEqual(['press-release-press4e_000001']);
    const gaps = w.requests.slice(1).map((r, i) => r.at - w.requests[i]!.at);
    expect(gaps.every((gap) => gap >= 1000)).toBe(true);
  });

  it('backs off on a 500 and captures the page on the next answer, once', async () => {
    const w = world({ [url(1)]: [page(500), page(200, 'readout')] });
    const runner = createBulkRunner(w.deps());
    await runner.enqueue([url(1)], new Set());
    await w.drain(runner);
    expect(w.requests).toHaveLength(2);
    expect(w.requests[1]!.at - w.requests[0]!.at).toBeGreaterThanOrEqual(5000);
    expect(w.saved).toEqual(['press-release-press4e_000001']);
  });

  it('skips pages already in the collection and pages queued before', async () => {
    const w = world({ [url(1)]: [page(200, 'readout')], [url(2)]: [page(200, 'readout')] });
    const runner = createBulkRunner(w.deps());
    await runner.enqueue([url(1), url(2)], new Set(['press-release-press4e_000002']));
    await runner.enqueue([url(1)], new Set());
    await w.drain(runner);
    expect(w.requests.map((r) => r.url)).toEqual([url(1)]);
  });

  it('a worker stopped mid-fetch: the next one fetches that page again and captures each page once', async () => {
    const answers = {
      [url(1)]: [page(200, 'readout')],
      [url(2)]: ['hang' as const, page(200, 'readout')],
      [url(3)]: [page(200, 'readout')],
    };
    const w = world(answers);
    const first = createBulkRunner(w.deps());
    await first.enqueue([url(1), url(2), url(3)], new Set());
    // The first worker's tick hangs on page 2, then the worker is gone (nothing of it runs again).
    void w.drain(first);
    await new Promise((resolve) => setTimeout(resolve, 20));
    w.clock.now += 2000;
    expect(w.state().items[1]!.status).toBe('pending');
    const second = createBulkRunner(w.deps());
    await w.drain(second);
    expect(w.saved).toEqual([
      'press-release-press4e_000001',
      'press-release-press4e_000002',
      'press-release-press4e_000003',
    ]);
    expect(w.state().items.every((i) => i.status === 'done')).toBe(true);
  });

  it('a network error is retried; pause holds the queue and resume goes on', async () => {
    const w = world({ [url(1)]: ['network', page(200, 'readout')], [url(2)]: [page(200, 'readout')] });
    const runner = createBulkRunner(w.deps());
    // Enqueueing starts at once: page 1's first request is made before the pause.
    await runner.enqueue([url(1), url(2)], new Set());
    await runner.control('pause');
    await w.drain(runner);
    expect(w.requests).toHaveLength(1);
    expect(w.state().status).toBe('paused');
    await runner.control('resume');
    await w.drain(runner);
    expect(w.saved.sort()).toEqual(['press-release-press4e_000001', 'press-release-press4e_000002']);
  });

  it('a save the collection refuses fails the page and pauses the queue; retry captures it', async () => {
    const w = world({
      [url(1)]: [page(200, 'readout'), page(200, 'readout')],
      [url(2)]: [page(200, 'readout')],
    });
    const runner = createBulkRunner(w.deps());
    w.failSaves();
    await runner.enqueue([url(1), url(2)], new Set());
    await w.drain(runner);
    expect(w.state().status).toBe('paused');
    expect(w.state().items[0]).toMatchObject({ status: 'failed', reasons: ['capture.save-failed'] });
    expect(w.requests).toHaveLength(1);
    w.failSaves(false);
    await runner.retry('press-release-press4e_000001');
    await runner.control('resume');
    await w.drain(runner);
    expect(w.saved).toEqual(['press-release-press4e_000001', 'press-release-press4e_000002']);
  });

  it('cancel drops the pages not fetched; enqueueing again starts a cancelled queue', async () => {
    const answers = Object.fromEntries([1, 2, 3, 4].map((n) => [url(n), [page(200, 'readout')]]));
    const w = world(answers);
    const runner = createBulkRunner(w.deps());
    await runner.enqueue([url(1), url(2), url(3)], new Set());
    await runner.tick();
    await runner.control('cancel');
    expect(w.state().items.map((i) => i.id)).toEqual(['press-release-press4e_000001']);
    await w.drain(runner);
    expect(w.state().status).toBe('cancelled');
    await runner.enqueue([url(4)], new Set());
    await w.drain(runner);
    expect(w.saved).toEqual(['press-release-press4e_000001', 'press-release-press4e_000004']);
  });
});
