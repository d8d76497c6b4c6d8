// The evidence that an English and a Japanese page report the same meeting, as an ordered table of
// named signals. Each signal compares one field and says how much it adds or takes away; the pair's
// score is their sum. Weights were set on the labelled pairs in eval/pairs.json.
import type { Participant, ReadoutContent } from '@readouts/schema';
import { personKeys } from './names';

/** What pairing reads of a readout; a full `ReadoutContent` or `Readout` fits. */
export type PairableReadout = Pick<
  ReadoutContent,
  'id' | 'lang' | 'title' | 'date' | 'startTime' | 'format' | 'participants' | 'location' | 'durationMinutes'
>;

/** One signal's finding: its name, and the points it adds (negative: evidence against). */
export interface SignalFinding {
  signal: string;
  points: number;
}

interface Signal {
  name: string;
  /** Points for the pair, or null when a page lacks what the signal compares. */
  score(en: PairableReadout, ja: PairableReadout): number | null;
}

const DAY_MS = 86_400_000;

/** Days between two ISO dates (null when either is missing). */
export function daysApart(a: string | null, b: string | null): number | null {
  if (!a || !b) return null;
  return Math.round(Math.abs(Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / DAY_MS);
}

const minutesOf = (time: string): number => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/** Countries of the other side (counterparts other than Japan). */
function counterpartCountries(readout: PairableReadout): Set<string> {
  const codes = readout.participants
    .filter((p) => p.side === 'counterpart' && p.country && p.country !== 'JP')
    .map((p) => p.country as string);
  return new Set(codes);
}

/** Name keys of one side's participants, each person a set. */
function sideKeys(readout: PairableReadout, side: Participant['side']): Set<string>[] {
  return readout.participants
    .filter((p) => p.side === side)
    .map(personKeys)
    .filter((keys) => keys.size > 0);
}

/** Ordinal and cardinal numbers in a title ("11th", "第11回", "2+2"), as a set. */
function titleNumbers(title: string): Set<string> {
  return new Set(title.normalize('NFKC').match(/\d+/g) ?? []);
}

/** What the signals compare of one page, derived once per page rather than once per pair. */
interface PageTraits {
  countries: Set<string>;
  japan: Set<string>[];
  counterpart: Set<string>[];
  numbers: Set<string>;
}

/**
 * A page meets every page of the other language within a day of it, so each derivation (name keys
 * above all) would otherwise be redone a dozen times per page. Keyed by the page object: pairing
 * reads pages, never changes them.
 */
const traitsOf = (() => {
  const cache = new WeakMap<PairableReadout, PageTraits>();
  return (readout: PairableReadout): PageTraits => {
    let traits = cache.get(readout);
    if (!traits) {
      traits = {
        countries: counterpartCountries(readout),
        japan: sideKeys(readout, 'japan'),
        counterpart: sideKeys(readout, 'counterpart'),
        numbers: titleNumbers(readout.title),
      };
      cache.set(readout, traits);
    }
    return traits;
  };
})();

/** Points for two sides' people: someone in common, or both named and nobody in common. */
function peopleScore(a: Set<string>[], b: Set<string>[], common: number, none: number): number | null {
  if (a.length === 0 || b.length === 0) return null;
  const shared = a.some((ka) => b.some((kb) => [...ka].some((k) => kb.has(k))));
  return shared ? common : none;
}

/** The signals, strongest first. */
export const SIGNALS: readonly Signal[] = [
  { name: 'date', score: (en, ja) => ({ 0: 2, 1: 0.5 })[daysApart(en.date, ja.date) ?? -1] ?? null },
  {
    name: 'counterpart-countries',
    score: (en, ja) => {
      const a = traitsOf(en).countries;
      const b = traitsOf(ja).countries;
      if (a.size === 0 || b.size === 0) return null;
      const shared = [...a].filter((c) => b.has(c)).length;
      return shared === 0 ? -6 : (2 * shared) / new Set([...a, ...b]).size;
    },
  },
  {
    name: 'start-time',
    score: (en, ja) => {
      if (!en.startTime || !ja.startTime) return null;
      const gap = Math.abs(minutesOf(en.startTime) - minutesOf(ja.startTime));
      return gap <= 5 ? 2 : gap <= 30 ? 0.5 : -4;
    },
  },
  { name: 'format', score: (en, ja) => (en.format === ja.format ? 1 : -1) },
  {
    name: 'duration',
    score: (en, ja) => {
      if (!en.durationMinutes || !ja.durationMinutes) return null;
      return Math.abs(en.durationMinutes - ja.durationMinutes) <= 10 ? 1 : -1;
    },
  },
  {
    name: 'japan-participants',
    score: (en, ja) => peopleScore(traitsOf(en).japan, traitsOf(ja).japan, 1.5, -2),
  },
  {
    name: 'counterpart-participants',
    score: (en, ja) => peopleScore(traitsOf(en).counterpart, traitsOf(ja).counterpart, 1.5, -1),
  },
  {
    name: 'location-country',
    score: (en, ja) => {
      const a = en.location?.country;
      const b = ja.location?.country;
      if (!a || !b) return null;
      return a === b ? 0.5 : -1.5;
    },
  },
  {
    name: 'title-numbers',
    score: (en, ja) => {
      const a = traitsOf(en).numbers;
      const b = traitsOf(ja).numbers;
      if (a.size === 0 || b.size === 0) return null;
      return [...a].some((n) => b.has(n)) ? 0.5 : -1;
    },
  },
];

/** Every signal's finding for one English and one Japanese page (signals that had nothing to compare left out). */
export function findings(en: PairableReadout, ja: PairableReadout): SignalFinding[] {
  const found: SignalFinding[] = [];
  for (const signal of SIGNALS) {
    const points = signal.score(en, ja);
    if (points !== null) found.push({ signal: signal.name, points });
  }
  return found;
}
