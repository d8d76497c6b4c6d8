// A country's meetings in date order, each with its "first at this level since" answer, in one pass
// over the collection (firstSince answers one readout; a timeline would call it once per meeting).
import type { Readout } from '@readouts/schema';
import { type FirstSince, firstSince, type MeetingRef } from './counterparts';
import { formatClass, groupMeetings, type Meeting } from './meetings';

export interface TimelineEntry {
  meeting: Meeting;
  /** As firstSince answers for this country; null when the meeting has no Japanese office. */
  since: FirstSince | null;
}

const ref = (m: Meeting): MeetingRef => ({
  meetingId: m.id,
  readoutIds: m.readoutIds,
  date: m.date!,
  format: m.format,
  japanOffice: m.japanOffice,
});

/**
 * The dated meetings with `country`, oldest first, each with the previous meeting at its level and
 * the last at any level: the same answers as `firstSince`, computed for all at once. Meetings on one
 * day keep the collection's meeting order, and none of them counts as before another.
 */
export function countryTimeline(readouts: readonly Readout[], country: string): TimelineEntry[] {
  const meetings = groupMeetings(readouts)
    .filter((m) => m.date && m.countries.includes(country))
    .map((m, order) => ({ m, order }))
    .sort((a, b) => (a.m.date! < b.m.date! ? -1 : a.m.date! > b.m.date! ? 1 : a.order - b.order))
    .map(({ m }) => m);
  const lastAtLevel = new Map<string, Meeting>();
  let lastAny: Meeting | null = null;
  const entries: TimelineEntry[] = [];
  for (let i = 0; i < meetings.length; ) {
    const date = meetings[i]!.date!;
    let end = i;
    while (end < meetings.length && meetings[end]!.date === date) end++;
    const day = meetings.slice(i, end);
    for (const m of day) entries.push({ meeting: m, since: answer(m, country, lastAtLevel, lastAny) });
    // Only the day's first meeting at a level stands for it, as firstSince's stable sort picks it.
    for (const m of [...day].reverse()) {
      if (m.japanOffice) lastAtLevel.set(`${m.japanOffice}|${formatClass(m.format)}`, m);
      lastAny = m;
    }
    i = end;
  }
  return entries;
}

function answer(
  m: Meeting,
  country: string,
  lastAtLevel: Map<string, Meeting>,
  lastAny: Meeting | null,
): FirstSince | null {
  if (!m.japanOffice) return null;
  const klass = formatClass(m.format);
  const previous = lastAtLevel.get(`${m.japanOffice}|${klass}`) ?? null;
  const gapDays = previous
    ? Math.round((Date.parse(m.date!) - Date.parse(previous.date!)) / 86_400_000)
    : null;
  return {
    country,
    japanOffice: m.japanOffice,
    formatClass: klass,
    previous: previous ? ref(previous) : null,
    gapDays,
    gapYears: gapDays === null ? null : Math.round((gapDays / 365.2425) * 10) / 10,
    lastAny: lastAny ? ref(lastAny) : null,
  };
}

/** firstSince's answer for one country of the meeting a readout reports (for checks and callers with one readout). */
export const firstSinceFor = (readouts: readonly Readout[], readoutId: string, country: string) =>
  firstSince(readouts, readoutId).find((a) => a.country === country) ?? null;
