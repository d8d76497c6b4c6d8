import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  cancel,
  createQueue,
  done,
  enqueue,
  failed,
  MAX_INTERRUPTIONS,
  next,
  parseQueue,
  pause,
  QueueError,
  QueueFormatError,
  type QueueState,
  queueProgress,
  resume,
  retry,
  retryAfterMs,
  serialiseQueue,
} from '../index';

const page = (n: number) => `https://www.mofa.go.jp/press/release/press4e_${String(n).padStart(6, '0')}.html`;
const T0 = Date.UTC(2026, 7, 20, 9, 0, 0);

/** A fake clock and a fake site: `answers` says how each request for a URL goes, in order (default 200). */
function driver(
  start: QueueState,
  answers: Record<string, Array<number | { status: number; retryAfter: string }>> = {},
) {
  let state = start;
  let now = T0;
  const requests: Array<{ url: string; at: number }> = [];
  const served = new Map<string, number>();
  /** Runs steps until the queue finishes or stops, or `limit` steps pass; returns the last step's type. */
  const run = (limit = 1000): string => {
    for (let i = 0; i < limit; i++) {
      const { state: after, step } = next(state, now);
      state = after;
      if (step.type === 'wait') {
        now = step.until;
        continue;
      }
      if (step.type !== 'fetch') return step.type;
      requests.push({ url: step.item.url, at: now });
      const n = served.get(step.item.url) ?? 0;
      served.set(step.item.url, n + 1);
      const answer = answers[step.item.url]?.[n] ?? 200;
      const { status, retryAfter } =
        typeof answer === 'number' ? { status: answer, retryAfter: null } : answer;
      now += 120; // the request takes a while
      state =
        status === 200 ? done(state, step.item.id) : failed(state, step.item.id, { status, retryAfter }, now);
    }
    return 'limit';
  };
  return {
    run,
    requests,
    get state() {
      return state;
    },
    set state(s: QueueState) {
      state = s;
    },
    get now() {
      return now;
    },
  };
}

describe('capture queue', () => {
  it('fetches each page once, in order, at least the spacing apart', () => {
    const d = driver(enqueue(createQueue(), [page(1), page(2), page(3)]));
    expect(d.run()).toBe('finished');
    expect(d.requests.map((r) => r.url)).toEqual([page(1), page(2), page(3)]);
    const gaps = d.requests.slice(1).map((r, i) => r.at - d.requests[i]!.at);
    expect(gaps).toEqual([1000, 1000]);
    expect(queueProgress(d.state, d.now)).toMatchObject({
      total: 3,
      done: 3,
      captured: 3,
      left: 0,
      etaMs: 0,
    });
  });

  it('takes its spacing from the options, down to none', () => {
    const d = driver(enqueue(createQueue({ spacingMs: 2500 }), [page(1), page(2)]));
    d.run();
    expect(d.requests[1]!.at - d.requests[0]!.at).toBe(2500);
    const fast = driver(enqueue(createQueue({ spacingMs: 0 }), [page(1), page(2)]));
    fast.run();
    expect(fast.requests[1]!.at - fast.requests[0]!.at).toBe(120);
  });

  it('queues a page once however it is linked, and skips pages already captured', () => {
    let q = enqueue(createQueue(), [page(1), `${page(1).replace('https://www.', 'http://')}#top`, page(2)]);
    q = enqueue(q, [page(2), page(3)], new Set(['press-release-press4e_000003']));
    expect(q.items.map((i) => i.id)).toEqual([
      'press-release-press4e_000001',
      'press-release-press4e_000002',
    ]);
  });

  it('backs off exponentially on 429 and 5xx, holding the whole site back, then succeeds', () => {
    const d = driver(enqueue(createQueue({ backoffBaseMs: 5000 }), [page(1), page(2)]), {
      [page(1)]: [503, 500],
    });
    expect(d.run()).toBe('finished');
    const at = d.requests.map((r) => [r.url, r.at - T0]);
    // 503 at 120 → wait 5 s; 500 at 5240 → wait 10 s; page 2 waits for the site too.
    expect(at).toEqual([
      [page(1), 0],
      [page(1), 5120],
      [page(1), 15240],
      [page(2), 16240],
    ]);
  });

  it('obeys a Retry-After longer than its own back-off, in seconds or as a date', () => {
    // The second 429 comes at 30 240 ms; its own back-off would be 10 s, the date asks for 90 s.
    const date = new Date(T0 + 90_000).toUTCString();
    const d = driver(enqueue(createQueue(), [page(1)]), {
      [page(1)]: [
        { status: 429, retryAfter: '30' },
        { status: 429, retryAfter: date },
      ],
    });
    d.run();
    expect(d.requests.map((r) => r.at - T0)).toEqual([0, 30_120, 90_000]);
  });

  it('gives up on a page after maxAttempts transient failures, and goes on with the rest', () => {
    const d = driver(enqueue(createQueue({ maxAttempts: 3 }), [page(1), page(2)]), {
      [page(1)]: [500, 502, 503],
    });
    expect(d.run()).toBe('finished');
    expect(d.requests.filter((r) => r.url === page(1))).toHaveLength(3);
    expect(d.state.items[0]).toMatchObject({ status: 'failed', lastStatus: 503, reasons: ['http.503'] });
    expect(d.state.items[1]).toMatchObject({ status: 'done' });
  });

  it('fails a 404 at once, without retrying', () => {
    const d = driver(enqueue(createQueue(), [page(1), page(2)]), { [page(1)]: [404] });
    d.run();
    expect(d.requests.map((r) => r.url)).toEqual([page(1), page(2)]);
    expect(d.state.items[0]).toMatchObject({ status: 'failed', reasons: ['http.404'] });
  });

  it('stops after N consecutive 403s with a reason, and resumes on request', () => {
    const urls = [1, 2, 3, 4, 5].map(page);
    const d = driver(enqueue(createQueue({ stopAfter403: 3 }), urls), {
      [page(1)]: [403],
      [page(2)]: [403],
      [page(3)]: [403],
    });
    expect(d.run()).toBe('stopped');
    expect(d.state.stopReason).toMatchObject({ code: 'blocked-403', count: 3 });
    expect(d.requests).toHaveLength(3);
    expect(next(d.state, d.now + 3_600_000).step.type).toBe('stopped');
    d.state = resume(d.state);
    expect(d.run()).toBe('finished');
    expect(d.requests.map((r) => r.url).slice(3)).toEqual([page(4), page(5)]);
  });

  it('counts only consecutive 403s', () => {
    const d = driver(enqueue(createQueue({ stopAfter403: 2 }), [1, 2, 3, 4].map(page)), {
      [page(1)]: [403],
      [page(3)]: [403],
    });
    expect(d.run()).toBe('finished');
    expect(d.state.status).toBe('running');
  });

  it('pauses, resumes and cancels', () => {
    const d = driver(enqueue(createQueue(), [1, 2, 3].map(page)));
    d.run(1);
    d.state = pause(d.state);
    expect(d.run()).toBe('paused');
    d.state = resume(d.state);
    d.run(2);
    d.state = cancel(d.state);
    expect(d.run()).toBe('cancelled');
    expect(d.state.items.map((i) => i.status)).toEqual(['done', 'done']);
    d.state = enqueue(d.state, [page(3)]);
    expect(d.run()).toBe('finished');
    expect(d.requests.map((r) => r.url)).toEqual([1, 2, 3].map(page));
  });

  it('retries a failed page on request', () => {
    const d = driver(enqueue(createQueue(), [page(1)]), { [page(1)]: [404] });
    d.run();
    d.state = retry(d.state, 'press-release-press4e_000001');
    expect(d.run()).toBe('finished');
    expect(d.state.items[0]).toMatchObject({ status: 'done', attempts: 1 });
    expect(() => retry(d.state, 'press-release-press4e_000001')).toThrow(QueueError);
  });

  it('records non-readouts with their reasons', () => {
    const { state } = next(enqueue(createQueue(), [page(1)]), T0);
    const after = done(state, 'press-release-press4e_000001', {
      outcome: 'not-readout',
      reasons: ['page.list'],
    });
    expect(after.items[0]).toMatchObject({ outcome: 'not-readout', reasons: ['page.list'] });
    expect(queueProgress(after, T0)).toMatchObject({ done: 1, notReadouts: 1, captured: 0 });
  });

  it('refuses to report a page that is not being fetched, and changes nothing', () => {
    const q = enqueue(createQueue(), [page(1)]);
    expect(() => done(q, 'press-release-press4e_000001')).toThrow(QueueError);
    expect(() => failed(q, 'nope', { status: 500 }, T0)).toThrow(/no page is being fetched with id nope/);
    expect(q.items[0]?.status).toBe('pending');
  });

  it('hands out one page at a time', () => {
    const { state, step } = next(enqueue(createQueue(), [page(1), page(2)]), T0);
    expect(step.type).toBe('fetch');
    expect(next(state, T0 + 60_000).step).toMatchObject({ type: 'busy', item: { url: page(1) } });
  });

  it('estimates the time left from the spacing', () => {
    const { state } = next(enqueue(createQueue({ spacingMs: 2000 }), [1, 2, 3, 4].map(page)), T0);
    expect(queueProgress(state, T0 + 500)).toMatchObject({ left: 4, etaMs: 1500 + 3 * 2000 });
  });
});

describe('queue persistence', () => {
  it('survives JSON, and a page that was being fetched is fetched again (never lost, never doubled)', () => {
    const d = driver(enqueue(createQueue(), [1, 2, 3].map(page)));
    d.run(2);
    const { state: fetching } = next(d.state, d.now + 5000);
    const restored = parseQueue(serialiseQueue(fetching));
    expect(restored.items.map((i) => i.status)).toEqual(['done', 'pending', 'pending']);
    d.state = restored;
    expect(d.run()).toBe('finished');
    expect(new Set(d.state.items.map((i) => i.status))).toEqual(new Set(['done']));
    expect(d.requests.filter((r) => r.url === page(1))).toHaveLength(1);
  });

  it('kills and restores at any step without a page captured twice or lost', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 1, maxLength: 6 }), (cuts) => {
        const urls = [1, 2, 3, 4, 5, 6, 7].map(page);
        const d = driver(enqueue(createQueue({ spacingMs: 10 }), urls), {
          [page(2)]: [500],
          [page(5)]: [429],
        });
        for (const cut of cuts) {
          d.run(cut);
          // An odd cut kills the worker mid-fetch: a page is active when the state is saved.
          if (cut % 2 === 1) d.state = next(d.state, d.now + 60_000).state;
          d.state = parseQueue(JSON.parse(serialiseQueue(d.state)));
        }
        expect(d.run()).toBe('finished');
        const captures = d.state.items.filter((i) => i.outcome === 'captured').map((i) => i.url);
        expect(captures.sort()).toEqual([...urls].sort());
        expect(new Set(d.state.items.map((i) => i.id)).size).toBe(urls.length);
      }),
      { numRuns: 3000 },
    );
  });

  it('does not count a cut fetch as an attempt, but fails a page that stops the worker every time', () => {
    let state = enqueue(createQueue({ spacingMs: 10 }), [page(1)]);
    const cut = (at: number) => parseQueue(serialiseQueue(next(state, at).state));
    for (let i = 1; i < MAX_INTERRUPTIONS; i++) {
      state = cut(T0 + i * 1000);
      expect(state.items[0]).toMatchObject({ status: 'pending', attempts: 0, interruptions: i });
    }
    state = cut(T0 + MAX_INTERRUPTIONS * 1000);
    expect(state.items[0]).toMatchObject({ status: 'failed', reasons: ['queue.interrupted'] });
    expect(next(state, T0 + 60_000).step.type).toBe('finished');
    const again = retry(state, state.items[0]!.id);
    expect(again.items[0]).toMatchObject({ status: 'pending', interruptions: 0 });
  });

  it('reads a queue saved before interruptions were counted', () => {
    const saved = JSON.parse(serialiseQueue(enqueue(createQueue(), [page(1)])));
    delete saved.items[0].interruptions;
    expect(parseQueue(saved).items[0]?.interruptions).toBe(0);
  });

  it('refuses a state that is not a queue, saying what is wrong', () => {
    expect(() => parseQueue('{')).toThrow(QueueFormatError);
    expect(() => parseQueue({ ...createQueue(), version: 9 })).toThrow(/version/);
    expect(() => parseQueue({ ...createQueue(), items: [{ url: page(1) }] })).toThrow(/items\.0\.id/);
  });
});

describe('retryAfterMs', () => {
  it('reads seconds and HTTP dates, and nothing else', () => {
    expect(retryAfterMs('120', T0)).toBe(120_000);
    expect(retryAfterMs(new Date(T0 + 90_000).toUTCString(), T0)).toBe(90_000);
    expect(retryAfterMs(new Date(T0 - 90_000).toUTCString(), T0)).toBe(0);
    expect(retryAfterMs('soon', T0)).toBeNull();
    expect(retryAfterMs(null, T0)).toBeNull();
    expect(retryAfterMs('999999999', T0)).toBe(86_400_000);
  });
});
