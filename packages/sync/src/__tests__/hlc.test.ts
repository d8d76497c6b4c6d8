import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compareHlc,
  createClock,
  DEFAULT_MAX_DRIFT_MS,
  formatHlc,
  HlcError,
  isTooFarAhead,
  maxHlc,
  parseHlc,
} from '../hlc';

const partsArb = fc.record({
  wallMs: fc.integer({ min: 0, max: 10 ** 15 - 1 }),
  counter: fc.integer({ min: 0, max: 99_999 }),
  nodeId: fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/),
});

const tuple = (p: { wallMs: number; counter: number; nodeId: string }) =>
  [p.wallMs, p.counter, p.nodeId] as const;
const compareTuples = (a: ReturnType<typeof tuple>, b: ReturnType<typeof tuple>) =>
  a[0] - b[0] || a[1] - b[1] || (a[2] < b[2] ? -1 : a[2] > b[2] ? 1 : 0);

describe('formatHlc and parseHlc', () => {
  it('round-trip', () => {
    fc.assert(
      fc.property(partsArb, (parts) => {
        expect(parseHlc(formatHlc(parts))).toEqual(parts);
      }),
    );
  });

  it('sort as strings exactly as (wall time, counter, node id)', () => {
    fc.assert(
      fc.property(partsArb, partsArb, (a, b) => {
        expect(Math.sign(compareHlc(formatHlc(a), formatHlc(b)))).toBe(
          Math.sign(compareTuples(tuple(a), tuple(b))),
        );
      }),
    );
  });

  it('reject malformed input', () => {
    expect(() => parseHlc('12-3-x')).toThrow(HlcError);
    expect(() => formatHlc({ wallMs: -1, counter: 0, nodeId: 'a' })).toThrow(HlcError);
    expect(() => formatHlc({ wallMs: 1, counter: 100_000, nodeId: 'a' })).toThrow(HlcError);
    expect(() => formatHlc({ wallMs: 1, counter: 0, nodeId: 'a-b c' })).toThrow(HlcError);
  });

  it('maxHlc treats null as the earliest', () => {
    const a = formatHlc({ wallMs: 1, counter: 0, nodeId: 'a' });
    expect(maxHlc(null, a)).toBe(a);
    expect(maxHlc(a, null)).toBe(a);
    expect(maxHlc(null, null)).toBeNull();
  });
});

describe('createClock', () => {
  it('follows the wall clock when it moves forward', () => {
    let now = 1000;
    const clock = createClock('c1', () => now);
    expect(clock.tick()).toBe(formatHlc({ wallMs: 1000, counter: 0, nodeId: 'c1' }));
    now = 2000;
    expect(parseHlc(clock.tick())).toEqual({ wallMs: 2000, counter: 0, nodeId: 'c1' });
  });

  it('issues strictly increasing timestamps whatever the wall clock and remote timestamps do', () => {
    const step = fc.oneof(
      fc.record({ now: fc.integer({ min: 0, max: 100 }) }),
      fc.record({ now: fc.integer({ min: 0, max: 100 }), remote: fc.integer({ min: 0, max: 150 }) }),
    );
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
        let now = 0;
        const clock = createClock('c1', () => now);
        let previous = '';
        for (const s of steps) {
          now = s.now;
          const remote = 'remote' in s ? formatHlc({ wallMs: s.remote, counter: 7, nodeId: 'c2' }) : null;
          const next = remote ? clock.receive(remote) : clock.tick();
          expect(next > previous).toBe(true);
          if (remote) expect(next > remote).toBe(true);
          expect(parseHlc(next).wallMs).toBeGreaterThanOrEqual(now);
          previous = next;
        }
      }),
    );
  });

  it('rejects a remote timestamp too far ahead of the wall clock', () => {
    const clock = createClock('c1', () => 1000, { maxDriftMs: 500 });
    expect(() => clock.receive(formatHlc({ wallMs: 1501, counter: 0, nodeId: 'c2' }))).toThrow(HlcError);
    expect(() => clock.receive(formatHlc({ wallMs: 1500, counter: 0, nodeId: 'c2' }))).not.toThrow();
  });

  it('by default takes in any remote timestamp, however far ahead, so sync never gets stuck', () => {
    const clock = createClock('c1', () => 1000);
    const far = formatHlc({ wallMs: 1000 + 10 * DEFAULT_MAX_DRIFT_MS, counter: 0, nodeId: 'c2' });
    expect(clock.receive(far) > far).toBe(true);
  });

  it('isTooFarAhead flags timestamps beyond the allowed drift', () => {
    const at = (wallMs: number) => formatHlc({ wallMs, counter: 0, nodeId: 'c2' });
    expect(isTooFarAhead(at(1000 + DEFAULT_MAX_DRIFT_MS), 1000)).toBe(false);
    expect(isTooFarAhead(at(1001 + DEFAULT_MAX_DRIFT_MS), 1000)).toBe(true);
    expect(isTooFarAhead(at(0), 1000, 0)).toBe(false);
  });

  it('borrows the next millisecond when the counter would overflow', () => {
    const clock = createClock('c1', () => 0, {
      last: formatHlc({ wallMs: 5, counter: 99_999, nodeId: 'c1' }),
    });
    expect(parseHlc(clock.tick())).toEqual({ wallMs: 6, counter: 0, nodeId: 'c1' });
  });

  it('resumes after a persisted timestamp, so a restart never reissues one', () => {
    const last = formatHlc({ wallMs: 9000, counter: 3, nodeId: 'c1' });
    const clock = createClock('c1', () => 10, { last });
    expect(clock.tick() > last).toBe(true);
  });

  it('rejects a node id that cannot be encoded', () => {
    expect(() => createClock('has space')).toThrow(HlcError);
  });
});

describe('a clock with onRefused (issue 9, finding 5)', () => {
  const refusing = (now: number, last?: string) => {
    const refused: string[] = [];
    const clock = createClock('c1', () => now, {
      maxDriftMs: DEFAULT_MAX_DRIFT_MS,
      ...(last ? { last } : {}),
      onRefused: (remote) => refused.push(remote),
    });
    return { clock, refused };
  };

  it('refuses the largest stamp instead of throwing on overflow, and keeps its own time', () => {
    const { clock, refused } = refusing(1000);
    const next = clock.receive('999999999999999-99999-zz');
    expect(refused).toEqual(['999999999999999-99999-zz']);
    expect(parseHlc(next).wallMs).toBe(1000);
    // Without onRefused the same stamp still throws, so nothing else changes meaning.
    expect(() => createClock('c1', () => 1000).receive('999999999999999-99999-zz')).toThrow(HlcError);
  });

  it('refuses a stamp beyond the drift (another device ten years ahead) and is not dragged along', () => {
    const { clock, refused } = refusing(1000);
    const far = formatHlc({ wallMs: 1000 + 3650 * DEFAULT_MAX_DRIFT_MS, counter: 0, nodeId: 'c2' });
    clock.receive(far);
    expect(refused).toEqual([far]);
    expect(parseHlc(clock.tick()).wallMs).toBe(1000);
  });

  it('still takes in good stamps after refusing a bad one', () => {
    const { clock, refused } = refusing(1000);
    clock.receive('999999999999999-99999-zz');
    const good = formatHlc({ wallMs: 5000, counter: 2, nodeId: 'c2' });
    expect(clock.receive(good) > good).toBe(true);
    expect(refused).toHaveLength(1);
  });

  it('refuses a malformed stamp', () => {
    const { clock, refused } = refusing(1000);
    clock.receive('not-a-stamp');
    expect(refused).toEqual(['not-a-stamp']);
  });
});
