// Collection filters (country, format, year, language, tag, star, participant, date range, topic)
// and the options each filter offers.
import { type Lang, type MeetingFormat, type Readout, tagKey } from '@readouts/schema';
import { counterpartCountries } from '../db/schema';
import type { SortKey } from '../storage';

export interface Filters {
  query: string;
  country: string | null;
  format: MeetingFormat | null;
  year: string | null;
  lang: Lang | null;
  tag: string | null;
  starredOnly: boolean;
  /** A person of the collection's people registry (`PeopleIndex`), by id. */
  participant: string | null;
  /** First and last meeting day, YYYY-MM-DD, both included; checked before they get here. */
  from: string | null;
  to: string | null;
  topic: string | null;
}

export const noFilters = (): Filters => ({
  query: '',
  country: null,
  format: null,
  year: null,
  lang: null,
  tag: null,
  starredOnly: false,
  participant: null,
  from: null,
  to: null,
  topic: null,
});

/** The day a date range is compared with: the meeting's, or the publication's when it is unknown. */
export const dayOf = (readout: Readout): string | null => readout.date ?? readout.publishedDate;

/** The year of the meeting (or of publication when the meeting date is unknown). */
export function yearOf(readout: Readout): string | null {
  return (readout.date ?? readout.publishedDate)?.slice(0, 4) ?? null;
}

/** Counterpart countries of a readout (ISO codes). */
export const countriesOf = counterpartCountries;

/**
 * True when a readout passes every set filter; `matches` holds the search hits (null: no search),
 * `withParticipant` the readouts the chosen person appears in (null: no participant filter).
 */
export function passes(
  readout: Readout,
  filters: Filters,
  matches: Set<string> | null,
  withParticipant: ReadonlySet<string> | null = null,
): boolean {
  if (matches && !matches.has(readout.id)) return false;
  if (withParticipant && !withParticipant.has(readout.id)) return false;
  if (filters.from || filters.to) {
    const day = dayOf(readout);
    // An undated readout cannot be said to fall in a range: a range leaves it out.
    if (!day || (filters.from && day < filters.from) || (filters.to && day > filters.to)) return false;
  }
  if (filters.topic && !readout.topics.includes(filters.topic)) return false;
  if (filters.country && !countriesOf(readout).includes(filters.country)) return false;
  if (filters.format && readout.format !== filters.format) return false;
  if (filters.year && yearOf(readout) !== filters.year) return false;
  if (filters.lang && readout.lang !== filters.lang) return false;
  if (filters.tag && !readout.user.tags.some((tag) => tagKey(tag) === tagKey(filters.tag!))) return false;
  if (filters.starredOnly && !readout.user.starred) return false;
  return true;
}

const collator = new Intl.Collator(['en', 'ja']);
const byText = (a: string, b: string) => collator.compare(a, b);
const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
/** Missing dates sort last in either direction. */
const byDate = (a: string | null, b: string | null, direction: 1 | -1) =>
  a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -direction : direction;

/** Sorts a copy of the list; ties fall back to the id so the order is stable across reloads. */
export function sortReadouts(readouts: readonly Readout[], key: SortKey): Readout[] {
  const compare: Record<SortKey, (a: Readout, b: Readout) => number> = {
    'date-desc': (a, b) => byDate(a.date, b.date, -1),
    'date-asc': (a, b) => byDate(a.date, b.date, 1),
    'captured-desc': (a, b) => byCode(b.capture.capturedAt, a.capture.capturedAt),
    title: (a, b) => byText(a.title, b.title),
  };
  return [...readouts].sort((a, b) => compare[key](a, b) || byCode(a.id, b.id));
}

export interface FilterOptions {
  countries: string[];
  formats: MeetingFormat[];
  years: string[];
  langs: Lang[];
  tags: string[];
  topics: string[];
}

/** The values present in the collection, for the filter menus (years newest first). */
export function filterOptions(readouts: readonly Readout[]): FilterOptions {
  const countries = new Set<string>();
  const formats = new Set<MeetingFormat>();
  const years = new Set<string>();
  const langs = new Set<Lang>();
  // One entry per tag (by tagKey), spelled as first seen.
  const tags = new Map<string, string>();
  const topics = new Set<string>();
  for (const readout of readouts) {
    for (const country of countriesOf(readout)) countries.add(country);
    formats.add(readout.format);
    const year = yearOf(readout);
    if (year) years.add(year);
    langs.add(readout.lang);
    for (const tag of readout.user.tags) if (!tags.has(tagKey(tag))) tags.set(tagKey(tag), tag);
    for (const topic of readout.topics) topics.add(topic);
  }
  return {
    countries: [...countries].sort(),
    formats: [...formats].sort(),
    years: [...years].sort().reverse(),
    langs: [...langs].sort(),
    tags: [...tags.values()].sort(byText),
    topics: [...topics].sort(byText),
  };
}
