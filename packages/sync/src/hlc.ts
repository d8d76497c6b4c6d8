// Hybrid logical clocks: timestamps that follow wall time but never go backwards and never tie
// across nodes, so "later" means the same thing on every replica.
import { type Hlc, NodeId } from '@readouts/schema';

/** The parts of an `Hlc` string. */
export interface HlcParts {
  wallMs: number;
  counter: number;
  nodeId: string;
}

const WALL_DIGITS = 15;
const COUNTER_DIGITS = 5;
const MAX_WALL = 10 ** WALL_DIGITS - 1;
const MAX_COUNTER = 10 ** COUNTER_DIGITS - 1;
const PATTERN = /^(\d{15})-(\d{5})-([A-Za-z0-9_-]{1,64})$/;

/** Thrown for a malformed timestamp, or a remote one too far ahead of the local wall clock. */
export class HlcError extends Error {
  override name = 'HlcError';
}

/** Encodes parts as an `Hlc` string. */
export function formatHlc({ wallMs, counter, nodeId }: HlcParts): Hlc {
  if (!Number.isSafeInteger(wallMs) || wallMs < 0 || wallMs > MAX_WALL) {
    throw new HlcError(`wall time out of range: ${wallMs}`);
  }
  if (!Number.isSafeInteger(counter) || counter < 0 || counter > MAX_COUNTER) {
    throw new HlcError(`counter out of range: ${counter}`);
  }
  if (!NodeId.safeParse(nodeId).success) throw new HlcError(`invalid node id: ${nodeId}`);
  return `${String(wallMs).padStart(WALL_DIGITS, '0')}-${String(counter).padStart(COUNTER_DIGITS, '0')}-${nodeId}`;
}

/** Decodes an `Hlc` string; throws `HlcError` when it is malformed. */
export function parseHlc(hlc: string): HlcParts {
  const match = PATTERN.exec(hlc);
  if (!match) throw new HlcError(`not an HLC timestamp: ${JSON.stringify(hlc)}`);
  return { wallMs: Number(match[1]), counter: Number(match[2]), nodeId: match[3]! };
}

/** Orders two timestamps: negative when `a` is earlier, 0 when equal, positive when later. */
export function compareHlc(a: Hlc, b: Hlc): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The later of two optional timestamps (null counts as earliest). */
export function maxHlc(a: Hlc | null, b: Hlc | null): Hlc | null {
  if (a === null) return b;
  if (b === null) return a;
  return a >= b ? a : b;
}

/** A node's clock: `tick` stamps local events, `receive` folds in timestamps seen from others. */
export interface Clock {
  readonly nodeId: string;
  /** A new timestamp, later than every one this clock has issued or received. */
  tick(): Hlc;
  /**
   * Advances past a remote timestamp; returns a new local timestamp later than it. Call it for the
   * hlcs in pulled states (`latestHlc`), so that edits made after seeing a change sort after it.
   */
  receive(remote: Hlc): Hlc;
  /** The last timestamp issued or received, without advancing. */
  peek(): HlcParts;
}

/** How far ahead of the wall clock a timestamp may be before a server should refuse it: a day. */
export const DEFAULT_MAX_DRIFT_MS = 24 * 60 * 60 * 1000;

/**
 * Whether `hlc` is more than `maxDriftMs` ahead of `nowMs`: a device with a wrong clock. A server
 * should refuse such a mutation on push, since its hlc would win every conflict for that long.
 */
export function isTooFarAhead(hlc: Hlc, nowMs: number, maxDriftMs = DEFAULT_MAX_DRIFT_MS): boolean {
  return parseHlc(hlc).wallMs - nowMs > maxDriftMs;
}

export interface ClockOptions {
  /**
   * Makes `receive` throw for remote timestamps this far ahead of the wall clock. Unset by default:
   * a client must be able to take in whatever state the server holds, or it could never sync again.
   */
  maxDriftMs?: number;
  /** Resume from a persisted timestamp so a restarted node never reissues old ones. */
  last?: Hlc;
  /**
   * Set it and `receive` never throws for a bad remote timestamp (malformed, beyond `maxDriftMs`,
   * or so far ahead the clock would overflow): it leaves the clock as it was, calls this with the
   * stamp and the reason, and returns a fresh local timestamp instead. For a client taking in
   * pulled states: one bad stamp must neither stop the pull nor drag its clock along.
   */
  onRefused?: (remote: string, reason: string) => void;
}

/**
 * Creates a hybrid logical clock for `nodeId`.
 * @example
 * const clock = createClock('c1');
 * const hlc = clock.tick(); // '001764201600000-00000-c1'
 */
export function createClock(nodeId: string, now: () => number = Date.now, options: ClockOptions = {}): Clock {
  if (!NodeId.safeParse(nodeId).success) throw new HlcError(`invalid node id: ${nodeId}`);
  const maxDriftMs = options.maxDriftMs ?? Number.POSITIVE_INFINITY;
  const start = options.last ? parseHlc(options.last) : { wallMs: 0, counter: 0 };
  let wallMs = start.wallMs;
  let counter = start.counter;

  const advance = (physical: number, remote?: HlcParts): Hlc => {
    const previous = wallMs;
    wallMs = Math.max(previous, physical, remote?.wallMs ?? 0);
    if (wallMs === previous && wallMs === remote?.wallMs) counter = Math.max(counter, remote.counter) + 1;
    else if (wallMs === previous) counter += 1;
    else if (wallMs === remote?.wallMs) counter = remote.counter + 1;
    else counter = 0;
    // A counter overflow borrows the next millisecond rather than breaking monotonicity.
    if (counter > MAX_COUNTER) {
      wallMs += 1;
      counter = 0;
    }
    return formatHlc({ wallMs, counter, nodeId });
  };

  return {
    nodeId,
    tick: () => advance(Math.floor(now())),
    receive(remote) {
      const physical = Math.floor(now());
      try {
        const parts = parseHlc(remote);
        if (parts.wallMs - physical > maxDriftMs) {
          throw new HlcError(`remote clock ${parts.wallMs - physical} ms ahead (max ${maxDriftMs})`);
        }
        const before = { wallMs, counter };
        try {
          return advance(physical, parts);
        } catch (error) {
          ({ wallMs, counter } = before);
          throw error;
        }
      } catch (error) {
        if (!options.onRefused || !(error instanceof HlcError)) throw error;
        options.onRefused(remote, error.message);
        return advance(physical);
      }
    },
    peek: () => ({ wallMs, counter, nodeId }),
  };
}
