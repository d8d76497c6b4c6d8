// The people page's model: the registry searched by any spelling in any script, and one person's
// meetings by year and format with the offices held. Free of DOM code.
import {
  foldRomaji,
  groupMeetings,
  type JapanOffice,
  type Meeting,
  type Person,
  type Registry,
} from '@readouts/analysis';
import type { MeetingFormat, Readout } from '@readouts/schema';

export interface PersonRow {
  id: string;
  /** The name shown: Latin script in English, Japanese script in Japanese, whichever exists. */
  label: string;
  names: string[];
  side: Person['side'];
  country: string | null;
  meetings: number;
}

/** Text folded for matching: width and case, long vowels (Kōno = Kono = Koono), spaces dropped. */
const fold = (text: string) => foldRomaji(text.normalize('NFKC').toLowerCase()).replace(/[\s.,'’-]+/g, '');

/** A person's display name for a UI language. */
export const personLabel = (p: Person, locale: 'en' | 'ja'): string =>
  (locale === 'ja' ? (p.nameJa ?? p.nameLatin) : (p.nameLatin ?? p.nameJa)) ?? p.names[0] ?? p.id;

/** The meetings a person's appearances belong to (a readout and its other-language version once). */
function meetingsOf(person: Person, byReadout: Map<string, Meeting>): Meeting[] {
  const seen = new Map<string, Meeting>();
  for (const a of person.appearances) {
    const m = byReadout.get(a.readoutId);
    if (m) seen.set(m.id, m);
  }
  return [...seen.values()];
}

const meetingIndex = (readouts: readonly Readout[]) =>
  new Map(groupMeetings(readouts).flatMap((m) => m.readoutIds.map((id) => [id, m] as const)));

/**
 * The people whose any name, either script, or id contains the query (all when it is empty), the
 * most met first.
 * @example searchPeople(registry, readouts, '河野', 'en')[0]?.id // 'jp-kono-taro'
 */
export function searchPeople(
  registry: Registry,
  readouts: readonly Readout[],
  query: string,
  locale: 'en' | 'ja',
): PersonRow[] {
  const q = fold(query);
  const byReadout = meetingIndex(readouts);
  return registry.people
    .filter((p) => !q || [p.id, p.nameLatin, p.nameJa, ...p.names].some((n) => n && fold(n).includes(q)))
    .map((p) => ({
      id: p.id,
      label: personLabel(p, locale),
      names: p.names,
      side: p.side,
      country: p.country,
      meetings: meetingsOf(p, byReadout).length,
    }))
    .sort((a, b) => b.meetings - a.meetings || a.label.localeCompare(b.label));
}

/** One meeting in a person view: when, how, with whom, and the office the person held there. */
export interface PersonMeeting {
  meetingId: string;
  readoutIds: string[];
  date: string | null;
  format: MeetingFormat;
  title: string;
  countries: string[];
  /** Japan's side: the office code; a counterpart: the title as the page wrote it. */
  office: JapanOffice | string | null;
}

export interface OfficeHeld {
  office: JapanOffice | string;
  first: string | null;
  last: string | null;
  meetings: number;
}

export interface PersonView {
  person: Person;
  /** Years oldest first (undated last), meetings oldest first within a year. */
  years: Array<{
    year: number | null;
    meetings: PersonMeeting[];
    byFormat: Partial<Record<MeetingFormat, number>>;
  }>;
  offices: OfficeHeld[];
  total: number;
}

/** Everything the person view shows, from the registry's person and the collection. */
export function personView(person: Person, readouts: readonly Readout[]): PersonView {
  const byReadout = meetingIndex(readouts);
  const meetings: PersonMeeting[] = meetingsOf(person, byReadout).map((m) => {
    const mine = person.appearances.filter((a) => m.readoutIds.includes(a.readoutId));
    // The primary readout's appearance names the office; the other language's when it has none.
    const office =
      mine.map((a) => (person.side === 'japan' ? a.office : a.title)).find((o) => o !== null) ?? null;
    return {
      meetingId: m.id,
      readoutIds: m.readoutIds,
      date: m.date,
      format: m.format,
      title: m.primary.title,
      countries: m.countries,
      office,
    };
  });
  meetings.sort(
    (a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.meetingId.localeCompare(b.meetingId),
  );
  const years = new Map<number | null, PersonView['years'][number]>();
  for (const m of meetings) {
    const year = m.date ? Number(m.date.slice(0, 4)) : null;
    const row = years.get(year) ?? { year, meetings: [], byFormat: {} };
    row.meetings.push(m);
    row.byFormat[m.format] = (row.byFormat[m.format] ?? 0) + 1;
    years.set(year, row);
  }
  const offices = new Map<string, OfficeHeld>();
  for (const m of meetings) {
    if (m.office === null) continue;
    const held = offices.get(m.office) ?? { office: m.office, first: m.date, last: m.date, meetings: 0 };
    held.meetings++;
    held.last = m.date ?? held.last;
    offices.set(m.office, held);
  }
  return { person, years: [...years.values()], offices: [...offices.values()], total: meetings.length };
}
