import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SyncError } from '../errors';
import { SyncScheduler } from '../scheduler';

function scheduler(outcomes: Array<SyncError | null>, allowed = true) {
  const rounds: number[] = [];
  const failures: Array<{ kind: string; retryAt: number | null }> = [];
  const instance = new SyncScheduler({
    round: async () => {
      rounds.push(Date.now());
      const outcome = outcomes.shift();
      if (outcome) throw outcome;
    },
    allowed: async () => allowed,
    failed: async (error, retryAt) => {
      failures.push({ kind: (error as SyncError).kind, retryAt });
    },
    debounceMs: 1000,
    random: () => 0.5,
  });
  return { instance, rounds, failures };
}

describe('SyncScheduler', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: 0 });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('retries an offline round with exponential backoff and jitter', async () => {
    const s = scheduler([new SyncError('offline', 'x'), new SyncError('offline', 'x'), null]);
    await s.instance.request('manual');
    expect(s.failures).toEqual([{ kind: 'offline', retryAt: 500 }]);
    await vi.advanceTimersByTimeAsync(500);
    expect(s.failures[1]).toEqual({ kind: 'offline', retryAt: 1500 });
    await vi.advanceTimersByTimeAsync(1000);
    expect(s.rounds).toEqual([0, 500, 1500]);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(s.rounds).toHaveLength(3);
  });

  it('waits at least as long as Retry-After', async () => {
    const s = scheduler([new SyncError('unavailable', '429', { status: 429, retryAfterMs: 30_000 }), null]);
    await s.instance.request('manual');
    await vi.advanceTimersByTimeAsync(29_999);
    expect(s.rounds).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(s.rounds).toHaveLength(2);
  });

  it('stops automatic rounds after a 401 until "Sync now"', async () => {
    const s = scheduler([new SyncError('unauthorized', '401'), null]);
    await s.instance.request('alarm');
    expect(s.failures).toEqual([{ kind: 'unauthorized', retryAt: null }]);
    await s.instance.request('alarm');
    await vi.advanceTimersByTimeAsync(600_000);
    expect(s.rounds).toHaveLength(1);
    await s.instance.request('manual');
    expect(s.rounds).toHaveLength(2);
    expect(s.instance.isHalted).toBe(false);
  });

  it('debounces local changes into one round', async () => {
    const s = scheduler([]);
    for (let i = 0; i < 3; i++) {
      await s.instance.request('change');
      await vi.advanceTimersByTimeAsync(400);
    }
    expect(s.rounds).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1000);
    expect(s.rounds).toHaveLength(1);
  });

  it('runs a round at once when a page comes into view, never two at once, none while backing off', async () => {
    let release: () => void = () => {};
    let running = 0;
    let most = 0;
    const instance = new SyncScheduler({
      round: async () => {
        running += 1;
        most = Math.max(most, running);
        await new Promise<void>((resolve) => {
          release = resolve;
        });
        running -= 1;
      },
      allowed: async () => true,
      failed: async () => {},
    });
    const first = instance.request('focus');
    await vi.advanceTimersByTimeAsync(0);
    expect(running).toBe(1);
    void instance.request('focus');
    void instance.request('focus');
    release();
    await first;
    await vi.advanceTimersByTimeAsync(0);
    // The requests during the round ask for one more, run after it, not beside it.
    expect(running).toBe(1);
    release();
    await vi.advanceTimersByTimeAsync(0);
    expect(running).toBe(0);
    expect(most).toBe(1);

    const backingOff = scheduler([new SyncError('offline', 'x'), null]);
    await backingOff.instance.request('manual');
    await backingOff.instance.request('focus');
    expect(backingOff.rounds).toEqual([0]);
  });

  it('does nothing automatically when automatic sync is off', async () => {
    const s = scheduler([], false);
    await s.instance.request('startup');
    await s.instance.request('change');
    await vi.advanceTimersByTimeAsync(10_000);
    expect(s.rounds).toHaveLength(0);
    await s.instance.request('manual');
    expect(s.rounds).toHaveLength(1);
  });
});
