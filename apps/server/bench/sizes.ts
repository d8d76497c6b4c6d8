// The collection sizes the bench runs at, and how each size's readouts are spread over users.
// Every query is asked as one user, the measured one; the others make the shared parts (the
// full-text index, the facet tables, the sort indexes) as big as the total says.

/** A size as named on the command line and in the table header, with its readouts in total. */
export interface BenchSize {
  name: string;
  total: number;
  /** Readouts of the measured user. */
  measured: number;
  /** Users in all, the measured one included; each holds `measured` readouts. */
  users: number;
}

/** The measured user's collection is at most this big: the goal is stated per user. */
export const MEASURED_MAX = 100_000;
/** Users a size below MEASURED_MAX is spread over. */
const SMALL_SIZE_USERS = 10;

const SUFFIX: Record<string, number> = { '': 1, k: 1_000, m: 1_000_000 };

/**
 * Reads a size such as `10k`, `100k` or `1m`. Up to 100,000 in total the readouts are spread over
 * 10 users when that leaves each at least 1,000, and 100,000 itself is one user of 100,000 (the
 * goal's per-user figure); above, users of 100,000 each.
 * @example benchSize('1m') // { name: '1m', total: 1_000_000, measured: 100_000, users: 10 }
 */
export function benchSize(name: string): BenchSize {
  const m = /^(\d+)([km]?)$/i.exec(name.trim());
  if (!m) throw new Error(`not a size: ${JSON.stringify(name)} (e.g. 10k, 100k, 1m)`);
  const total = Number(m[1]) * SUFFIX[m[2]!.toLowerCase()]!;
  if (total < 1) throw new Error(`a size needs readouts: ${name}`);
  let users: number;
  if (total > MEASURED_MAX) users = Math.ceil(total / MEASURED_MAX);
  else if (total < MEASURED_MAX && total >= SMALL_SIZE_USERS * 1_000) users = SMALL_SIZE_USERS;
  else users = 1;
  return { name: name.trim().toLowerCase(), total, measured: Math.ceil(total / users), users };
}

/** The sizes of a `--sizes` list: `10k,100k` unless given. */
export function benchSizes(list = '10k,100k'): BenchSize[] {
  return list.split(',').filter(Boolean).map(benchSize);
}
