import { describe, expect, it } from 'vitest';
import { parseRetryAfter, retryDelay } from '../backoff';

describe('retryDelay', () => {
  it('doubles the ceiling each attempt, up to the cap', () => {
    const top = () => 0.999_999;
    expect([1, 2, 3, 4].map((n) => retryDelay(n, null, top))).toEqual([999, 1999, 3999, 7999]);
    expect(retryDelay(30, null, top)).toBe(299_999);
  });

  it('spreads retries over the whole window (full jitter)', () => {
    expect(retryDelay(3, null, () => 0)).toBe(0);
    expect(retryDelay(3, null, () => 0.5)).toBe(2000);
  });

  it('never retries before Retry-After', () => {
    expect(retryDelay(1, 120_000, () => 0.5)).toBe(120_000);
  });
});

describe('parseRetryAfter', () => {
  it('reads seconds and HTTP dates', () => {
    expect(parseRetryAfter('7', 0)).toBe(7000);
    expect(parseRetryAfter(new Date(60_000).toUTCString(), 0)).toBe(60_000);
    expect(parseRetryAfter(null, 0)).toBeNull();
    expect(parseRetryAfter('soon', 0)).toBeNull();
  });
});
