// The counterparts page's model: the countries met, and for one country its meetings per year (by
// format or by Japan's office), its timeline with "first at this level since", and a calendar of
// meetings per month. Free of DOM code.
import {
  type CountryYear,
  countryTimeline,
  countryYears,
  groupStats,
  JAPAN_OFFICES,
  type OfficeKey,
  type TimelineEntry,
} from '@readouts/analysis';
import { MeetingFormat, type Readout } from '@readouts/schema';

/** What a year's bar is split by. */
export type Split = 'format' | 'office';

export const SPLIT_KEYS = {
  format: MeetingFormat.options,
  office: [...JAPAN_OFFICES, 'unknown'] as OfficeKey[],
} as const;

export interface CountryRow {
  code: string;
  meetings: number;
}

/** The counterpart countries of a collection, the most met first (meetings, not readouts). */
export const countriesMet = (readouts: readonly Readout[]): CountryRow[] =>
  groupStats(readouts, 'country')
    .filter((g) => g.key !== 'unknown')
    .map((g) => ({ code: g.key, meetings: g.meetings }));

/** One month of the calendar: its meetings' count and dates. */
export interface CalendarMonth {
  month: number;
  meetings: number;
  days: string[];
}

export interface CountryView {
  code: string;
  /** Every year from the first meeting to the last, zeros included. */
  years: CountryYear[];
  /** Newest first, as a timeline reads. */
  timeline: TimelineEntry[];
  /** Per year (same years as `years`), twelve months. */
  calendar: Array<{ year: number; months: CalendarMonth[] }>;
  total: number;
}

/** Everything the country view shows. */
export function countryView(readouts: readonly Readout[], code: string): CountryView {
  const years = countryYears(readouts, code);
  const timeline = countryTimeline(readouts, code);
  const calendar = years.map(({ year }) => ({
    year,
    months: Array.from({ length: 12 }, (_, i): CalendarMonth => ({ month: i + 1, meetings: 0, days: [] })),
  }));
  const byYear = new Map(calendar.map((row) => [row.year, row]));
  for (const { meeting } of timeline) {
    const [y, m] = meeting.date!.split('-').map(Number) as [number, number];
    const cell = byYear.get(y)!.months[m - 1]!;
    cell.meetings++;
    cell.days.push(meeting.date!);
  }
  return {
    code,
    years,
    timeline: [...timeline].reverse(),
    calendar,
    total: timeline.length,
  };
}

/** A year's counts for the chosen split. */
export const splitCounts = (year: CountryYear, split: Split): Record<string, number> =>
  split === 'format' ? year.byFormat : year.byOffice;
