// Pairs the English and the Japanese page of one meeting. MOFA's language links point to the site's
// top page, never to the other version, so pairs are found by what the two pages say: date, times,
// format, people, countries, title numbers (see signals.ts), assigned one to one, then the user's
// decisions applied over the result.
import { assignGreedy, type Candidate } from './assign';
import { decisionKey, latestFirst, type PairDecisions } from './decisions';
import { findings, type PairableReadout, type SignalFinding } from './signals';

/** The lowest score that pairs two pages automatically (same day and country alone score 4). */
export const DEFAULT_PAIR_THRESHOLD = 4.5;

/** An English and a Japanese readout of one meeting. */
export interface ReadoutPair {
  en: string;
  ja: string;
  /** The summed signal points (user-made pairs keep the score their pages have, which may be low). */
  score: number;
  /** `auto` when the signals found it, `user` when a join decision made it. */
  source: 'auto' | 'user';
  findings: SignalFinding[];
}

export interface PairOptions {
  /** The user's join/split decisions, applied over the automatic result. */
  decisions?: PairDecisions;
  /** Lowest automatic score; defaults to DEFAULT_PAIR_THRESHOLD. */
  threshold?: number;
}

const sumPoints = (found: SignalFinding[]): number => found.reduce((sum, f) => sum + f.points, 0);

/** Japanese readouts grouped by date, so each English page meets only the pages of its day and the next and previous. */
function byDate(readouts: readonly PairableReadout[]): Map<string, PairableReadout[]> {
  const groups = new Map<string, PairableReadout[]>();
  for (const r of readouts) {
    if (!isDay(r.date)) continue;
    const group = groups.get(r.date) ?? [];
    group.push(r);
    groups.set(r.date, group);
  }
  return groups;
}

/**
 * A date pairing can use: YYYY-MM-DD and a real day. A stored record the server could not migrate
 * may carry anything here; it is left unpaired rather than breaking every listing.
 */
const isDay = (date: string | null | undefined): date is string =>
  typeof date === 'string' &&
  /^\d{4}-\d{2}-\d{2}$/.test(date) &&
  !Number.isNaN(Date.parse(`${date}T00:00:00Z`));

const shiftDay = (iso: string, days: number): string =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** Scored candidates: each English page against the Japanese pages within a day of its date. */
export function pairCandidates(
  readouts: readonly PairableReadout[],
): Array<Candidate & { findings: SignalFinding[] }> {
  const ja = byDate(readouts.filter((r) => r.lang === 'ja'));
  const candidates: Array<Candidate & { findings: SignalFinding[] }> = [];
  for (const en of readouts) {
    if (en.lang !== 'en' || !isDay(en.date)) continue;
    for (const day of [-1, 0, 1]) {
      for (const other of ja.get(shiftDay(en.date, day)) ?? []) {
        const found = findings(en, other);
        candidates.push({ en: en.id, ja: other.id, score: sumPoints(found), findings: found });
      }
    }
  }
  return candidates;
}

/**
 * Pairs English and Japanese readouts of the same meeting, one to one. The user's latest `join`
 * decisions claim their pages first; `split` decisions forbid their pair; the remaining pages are
 * paired automatically, best score first, at or above the threshold.
 * @example pairReadouts([enPage, jaPage]) // [{ en: enPage.id, ja: jaPage.id, score: 9.5, source: 'auto', … }]
 */
export function pairReadouts(readouts: readonly PairableReadout[], options: PairOptions = {}): ReadoutPair[] {
  const threshold = options.threshold ?? DEFAULT_PAIR_THRESHOLD;
  const byId = new Map(readouts.map((r) => [r.id, r]));
  const pairs: ReadoutPair[] = [];
  const taken = new Set<string>();
  const decisions = latestFirst(options.decisions ?? {});
  for (const d of decisions) {
    const en = byId.get(d.en);
    const ja = byId.get(d.ja);
    if (d.action !== 'join' || !en || !ja || en.lang !== 'en' || ja.lang !== 'ja') continue;
    if (taken.has(d.en) || taken.has(d.ja)) continue;
    taken.add(d.en);
    taken.add(d.ja);
    const found = findings(en, ja);
    pairs.push({ en: d.en, ja: d.ja, score: sumPoints(found), source: 'user', findings: found });
  }
  const split = new Set(decisions.filter((d) => d.action === 'split').map((d) => decisionKey(d.en, d.ja)));
  const open = pairCandidates(readouts).filter(
    (c) => c.score >= threshold && !split.has(decisionKey(c.en, c.ja)),
  );
  for (const c of assignGreedy(open, taken)) pairs.push({ ...c, source: 'auto' });
  return pairs;
}
