// Counterparts over time: per country, meetings per year by format and by Japan's office, and for a
// meeting the previous one with the same country at the same level ("the first ... in 21 years").
import { MeetingFormat, type Readout } from '@readouts/schema';
import { type FormatClass, formatClass, groupMeetings, type Meeting } from './meetings';
import { JAPAN_OFFICES, type JapanOffice } from './offices';

/** `unknown` counts meetings without a Japanese participant the office could be read from. */
export type OfficeKey = JapanOffice | 'unknown';

export interface CountryYear {
  year: number;
  meetings: number;
  byFormat: Record<MeetingFormat, number>;
  byOffice: Record<OfficeKey, number>;
}

const zeros = <K extends string>(keys: readonly K[]) =>
  Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

const yearOf = (m: Meeting) => (m.date ? Number(m.date.slice(0, 4)) : null);

/**
 * Meetings with `country` per year, every year from the first to the last present (zeros
 * included, so a chart has no gaps), each split by format and by Japan's office. Undated meetings
 * are left out.
 */
export function countryYears(readouts: readonly Readout[], country: string): CountryYear[] {
  const meetings = groupMeetings(readouts).filter((m) => m.countries.includes(country) && m.date);
  const years = meetings.map((m) => yearOf(m)!);
  if (!years.length) return [];
  const rows = new Map<number, CountryYear>();
  for (let y = Math.min(...years); y <= Math.max(...years); y++) {
    rows.set(y, {
      year: y,
      meetings: 0,
      byFormat: zeros(MeetingFormat.options),
      byOffice: zeros([...JAPAN_OFFICES, 'unknown'] as OfficeKey[]),
    });
  }
  for (const m of meetings) {
    const row = rows.get(yearOf(m)!)!;
    row.meetings++;
    row.byFormat[m.format]++;
    row.byOffice[m.japanOffice ?? 'unknown']++;
  }
  return [...rows.values()];
}

/** A meeting as a reference in a first-since answer. */
export interface MeetingRef {
  meetingId: string;
  readoutIds: string[];
  date: string;
  format: MeetingFormat;
  japanOffice: JapanOffice | null;
}

export interface FirstSince {
  country: string;
  japanOffice: JapanOffice;
  formatClass: FormatClass;
  /** The last earlier meeting with the country at the same office and format class; null: the first in the collection. */
  previous: MeetingRef | null;
  /** Days and years (to one decimal) since `previous`. */
  gapDays: number | null;
  gapYears: number | null;
  /** The last earlier meeting with the country at any level, for "though the PM met last year". */
  lastAny: MeetingRef | null;
}

const ref = (m: Meeting): MeetingRef => ({
  meetingId: m.id,
  readoutIds: m.readoutIds,
  date: m.date!,
  format: m.format,
  japanOffice: m.japanOffice,
});

const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);

/**
 * For the meeting a readout reports, one answer per counterpart country: the previous meeting at
 * this level (same country, same Japan office, same format class, strictly earlier date) and the
 * gap; plus the last meeting with that country at any level. Empty when the readout is undated,
 * has no Japanese office, or no counterpart country; throws when the readout is not in the list.
 */
export function firstSince(readouts: readonly Readout[], readoutId: string): FirstSince[] {
  const meetings = groupMeetings(readouts);
  const meeting = meetings.find((m) => m.readoutIds.includes(readoutId));
  if (!meeting) throw new Error(`firstSince: readout ${JSON.stringify(readoutId)} is not in the collection`);
  const { date, japanOffice } = meeting;
  if (!date || !japanOffice) return [];
  const klass = formatClass(meeting.format);
  const earlier = meetings
    .filter((m) => m.date && m.date < date)
    .sort((a, b) => (a.date! < b.date! ? 1 : a.date! > b.date! ? -1 : 0));
  return meeting.countries.map((country) => {
    const withCountry = earlier.filter((m) => m.countries.includes(country));
    const previous = withCountry.find(
      (m) => m.japanOffice === japanOffice && formatClass(m.format) === klass,
    );
    const gapDays = previous ? daysBetween(previous.date!, date) : null;
    return {
      country,
      japanOffice,
      formatClass: klass,
      previous: previous ? ref(previous) : null,
      gapDays,
      gapYears: gapDays === null ? null : Math.round((gapDays / 365.2425) * 10) / 10,
      lastAny: withCountry[0] ? ref(withCountry[0]) : null,
    };
  });
}
