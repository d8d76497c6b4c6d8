// The dyadic export: one row per Japan–counterpart-country pair per meeting, with ISO 3166-1
// alpha-2 and alpha-3 codes, so the rows join with leader-travel and event datasets (COLT, GDELT,
// ChinaVisits) on country code and date. Quoting and formula defusing come from Papa Parse.
import type { MeetingFormat, Readout } from '@readouts/schema';
import Papa from 'papaparse';
import { isoCountry } from './countries';
import { type FormatClass, formatClass, groupMeetings } from './meetings';
import { counterpartCountries, type JapanOffice, japanPrincipals } from './offices';

export interface Dyad {
  meetingId: string;
  /** The meeting's primary readout (the English one when there are both). */
  readoutId: string;
  /** Every readout of the meeting, `; ` between in CSV. */
  readoutIds: string[];
  url: string;
  date: string | null;
  year: number | null;
  format: MeetingFormat;
  formatClass: FormatClass;
  japanIso2: 'JP';
  japanIso3: 'JPN';
  counterpartIso2: string;
  counterpartIso3: string | null;
  counterpartCountry: string | null;
  japanOffice: JapanOffice | null;
  japanPeople: string[];
  /** Titles of the counterparts from that country, as the page writes them. */
  counterpartOffices: string[];
  counterpartPeople: string[];
  langs: Readout['lang'][];
}

/** The dyads of a collection: meetings in date order (undated last), countries in page order. */
export function toDyads(readouts: readonly Readout[]): Dyad[] {
  const meetings = groupMeetings(readouts).sort((a, b) =>
    (a.date ?? '9999') < (b.date ?? '9999')
      ? -1
      : (a.date ?? '9999') > (b.date ?? '9999')
        ? 1
        : a.id < b.id
          ? -1
          : 1,
  );
  return meetings.flatMap((m) => {
    const r = m.primary;
    const principalsOf = (code: string) =>
      r.participants.filter(
        (p) => p.side === 'counterpart' && p.country === code && counterpartCountries(r).includes(code),
      );
    return m.countries.map((code): Dyad => {
      const people = principalsOf(code);
      const iso = isoCountry(code);
      return {
        meetingId: m.id,
        readoutId: r.id,
        readoutIds: m.readoutIds,
        url: r.canonicalUrl,
        date: m.date,
        year: m.date ? Number(m.date.slice(0, 4)) : null,
        format: m.format,
        formatClass: formatClass(m.format),
        japanIso2: 'JP',
        japanIso3: 'JPN',
        counterpartIso2: code,
        counterpartIso3: iso?.alpha3 ?? null,
        counterpartCountry: iso?.name ?? null,
        japanOffice: m.japanOffice,
        japanPeople: japanPrincipals(r).map((p) => p.name),
        counterpartOffices: people.map((p) => p.title).filter((t): t is string => !!t),
        counterpartPeople: people.map((p) => p.name),
        langs: m.langs,
      };
    });
  });
}

/** The CSV columns in order, as `Dyad` keys. */
export const DYAD_COLUMNS = [
  'meetingId',
  'readoutId',
  'readoutIds',
  'url',
  'date',
  'year',
  'format',
  'formatClass',
  'japanIso2',
  'japanIso3',
  'counterpartIso2',
  'counterpartIso3',
  'counterpartCountry',
  'japanOffice',
  'japanPeople',
  'counterpartOffices',
  'counterpartPeople',
  'langs',
] as const satisfies readonly (keyof Dyad)[];

const cell = (value: Dyad[keyof Dyad]): string =>
  value === null ? '' : Array.isArray(value) ? value.join('; ') : String(value);

/**
 * The dyads as CSV (RFC 4180, CRLF, a byte order mark for spreadsheets), cells that would start a
 * formula prefixed with an apostrophe, as `@readouts/transfer` does for readouts.
 */
export function toDyadCsv(readouts: readonly Readout[]): string {
  const rows = toDyads(readouts).map((d) => DYAD_COLUMNS.map((c) => cell(d[c])));
  return `\uFEFF${Papa.unparse([[...DYAD_COLUMNS], ...rows], { newline: '\r\n', escapeFormulae: true })}\r\n`;
}
