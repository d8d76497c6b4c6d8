// The Readout record: one MOFA meeting page as structured data, shared by extractor, server and extension.
import { z } from 'zod';
import { Evidence, Notice } from './evidence';
import { Hlc } from './hlc';
import { text } from './text';

/** The current version of the Readout record; older records go through `migrateReadout`. */
export const SCHEMA_VERSION = 4;

/** Days of each month in a common year; February gains one in a leap year. */
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeapYear = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const YYYY_MM_DD = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Whether `YYYY-MM-DD` names a day of the calendar (2020-02-30 and 2020-13-45 do not). A date in
 * that form is checked by arithmetic (proleptic Gregorian, as `Date` counts): a `Date` took
 * microseconds a call, most of a push's date checks. zod runs this refinement after a failed
 * format check too, so any other string gets the `Date` reading of its parts as before, and the
 * issues of a refused date stay the same.
 */
const isCalendarDay = (value: string): boolean => {
  if (!YYYY_MM_DD.test(value)) return isCalendarDayByDate(value);
  const y = Number(value.slice(0, 4));
  const m = Number(value.slice(5, 7));
  const d = Number(value.slice(8, 10));
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= (m === 2 && isLeapYear(y) ? 29 : MONTH_DAYS[m - 1]!);
};

function isCalendarDayByDate(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const day = new Date(0);
  day.setUTCFullYear(y, m - 1, d);
  return day.getUTCFullYear() === y && day.getUTCMonth() === m - 1 && day.getUTCDate() === d;
}

export const isoDate = text()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
  .refine(isCalendarDay, 'expected a day of the calendar (month 01-12, day within the month)');
export const clockTime = text().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected a 24-hour time as HH:MM');
/** ISO 3166-1 alpha-2, plus `EU` for the European Union. */
export const countryCode = text().regex(/^[A-Z]{2}$/, 'expected an ISO 3166-1 alpha-2 country code');

export const Lang = z.enum(['en', 'ja']);
export type Lang = z.infer<typeof Lang>;

export const MeetingFormat = z.enum([
  'meeting',
  'summit',
  'telephone',
  'video',
  'courtesy-call',
  'meal',
  'other',
]);
export type MeetingFormat = z.infer<typeof MeetingFormat>;

export const Side = z.enum(['japan', 'counterpart']);
export type Side = z.infer<typeof Side>;

/** Who held the talk (`principal`) and who only attended or accompanied (同席, "was also present"). */
export const ParticipantRole = z.enum(['principal', 'attendee']);
export type ParticipantRole = z.infer<typeof ParticipantRole>;

export const Participant = z.object({
  /** The name as the page writes it in its own language (茂木敏充, "MOTEGI Toshimitsu"). */
  name: text().min(1).max(200),
  /** The same name in Latin script, when a page in Japanese also gives it ("(H.E. Mr. Wang Yi)"). */
  nameLatin: text().max(200).nullable(),
  familyName: text().max(100).nullable(),
  title: text().max(300).nullable(),
  country: countryCode.nullable(),
  side: Side,
  role: ParticipantRole,
});
export type Participant = z.infer<typeof Participant>;

export const Location = z.object({
  city: text().max(200).nullable(),
  country: countryCode.nullable(),
  venue: text().max(300).nullable(),
});
export type Location = z.infer<typeof Location>;

export const Point = z.object({
  n: z.number().int().positive(),
  text: text().max(20_000),
});
export type Point = z.infer<typeof Point>;

/** The time in Japan when a page states it beside the local time ("(Japan time: 11:00 p.m.)"). */
export const JapanTime = z.object({
  date: isoDate.nullable(),
  time: clockTime.nullable(),
  text: text().max(300),
});
export type JapanTime = z.infer<typeof JapanTime>;

export const Link = z.object({ title: text().max(500), url: text().max(2000) });
export type Link = z.infer<typeof Link>;

export const Links = z.object({
  /** The same readout in the other language, when the page links to it. */
  languageCounterpart: text().max(2000).nullable(),
  related: z.array(Link).max(200),
});
export type Links = z.infer<typeof Links>;

export const Capture = z.object({
  capturedAt: z.iso.datetime({ offset: true }),
  extractorVersion: text().max(50),
  /** Hash of the extracted content (title, date, participants, points): tells a changed page. */
  contentHash: text().min(1).max(100),
  /** What the extractor was unsure of, as codes with parameters (schema version 3 had sentences). */
  warnings: z.array(Notice).max(100),
  /** For each field the extractor filled, the text it read the value from. */
  evidence: z.array(Evidence).max(2000),
});
export type Capture = z.infer<typeof Capture>;

export const Tag = text().trim().min(1).max(100);

/**
 * The most concurrent note versions a record keeps beside the shown one; past it the oldest drop
 * (a hundred devices editing one note at once is not use but abuse, and states must stay bounded).
 */
export const MAX_NOTE_CONFLICTS = 100;

export const UserFields = z.object({
  tags: z.array(Tag).max(200),
  note: text().max(50_000),
  starred: z.boolean(),
  /**
   * The newest note version shown (null: none), which an edit of the note names as what it saw, so
   * concurrent edits on other devices are kept as conflicts rather than replaced. Absent in
   * readouts from before note conflicts.
   */
  noteVersion: Hlc.nullable().optional(),
  /** Note versions written concurrently with `note`, newest first, for the user to resolve. */
  noteConflicts: z
    .array(z.object({ value: text().max(50_000), hlc: Hlc }))
    .max(MAX_NOTE_CONFLICTS)
    .optional(),
});
export type UserFields = z.infer<typeof UserFields>;

/** What the extractor produces from a page: everything but the user's own fields. */
export const ReadoutContent = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  id: text().min(1).max(200),
  url: text().min(1).max(2000),
  canonicalUrl: text().min(1).max(2000),
  lang: Lang,
  title: text().min(1).max(1000),
  section: text().max(300).nullable(),
  publishedDate: isoDate.nullable(),
  /** The date of the meeting (local date at the meeting place), not of publication. */
  date: isoDate.nullable(),
  /** Local time at the meeting place, 24-hour. */
  startTime: clockTime.nullable(),
  japanTime: JapanTime.nullable(),
  durationMinutes: z.number().int().positive().max(10_000).nullable(),
  format: MeetingFormat,
  participants: z.array(Participant).max(200),
  location: Location.nullable(),
  points: z.array(Point).max(500),
  topics: z.array(text().max(300)).max(200),
  links: Links,
  capture: Capture,
});
export type ReadoutContent = z.infer<typeof ReadoutContent>;

/** The extracted fields a user can correct; each correction replaces the whole field's value. */
export const CorrectableField = z.enum([
  'title',
  'date',
  'startTime',
  'japanTime',
  'durationMinutes',
  'format',
  'participants',
  'location',
  'topics',
  'points',
]);
export type CorrectableField = z.infer<typeof CorrectableField>;

/** Each correctable field's value, validated as the extractor's own. */
export const CorrectableValues = ReadoutContent.pick({
  title: true,
  date: true,
  startTime: true,
  japanTime: true,
  durationMinutes: true,
  format: true,
  participants: true,
  location: true,
  topics: true,
  points: true,
});
export type CorrectableValues = z.infer<typeof CorrectableValues>;

/**
 * A saved readout: the content with the user's corrections in place, and the user's own fields.
 * `corrected` lists the fields the user corrected, `extracted` the page's values of those fields
 * (what reverting a correction brings back), and `pageChanged` the corrected fields whose value on
 * the page changed since the user corrected them (re-captured with a different value).
 */
export const Readout = ReadoutContent.extend({
  user: UserFields,
  corrected: z.array(CorrectableField).max(CorrectableField.options.length),
  extracted: CorrectableValues.partial().strict(),
  pageChanged: z.array(CorrectableField).max(CorrectableField.options.length),
});
export type Readout = z.infer<typeof Readout>;

/** A readout's review fields when nothing is corrected. */
export const uncorrected = (): Pick<Readout, 'corrected' | 'extracted' | 'pageChanged'> => ({
  corrected: [],
  extracted: {},
  pageChanged: [],
});

export const emptyUserFields = (): UserFields => ({ tags: [], note: '', starred: false });
