// What the REST API answers, as zod schemas named for the OpenAPI document's components. The
// readout itself is the schema package's; these add what the server computes around it.
import { z } from '@hono/zod-openapi';
import { JAPAN_OFFICES } from '@readouts/analysis';
import { Lang, MeetingFormat, Readout } from '@readouts/schema';

export const ErrorBody = z
  .object({
    error: z.object({
      code: z.string().describe('Stable error code'),
      message: z.string().describe('What went wrong'),
      errorId: z.string().optional().describe('Quote it when reporting a 500 or 503'),
      issues: z
        .array(z.object({ path: z.string(), message: z.string() }))
        .optional()
        .describe('One per invalid parameter or field, named by `path`'),
    }),
  })
  .openapi('Error');

/** The other-language version of the same meeting in the user's collection. */
export const LanguageVersion = z
  .object({ id: z.string(), lang: Lang })
  .nullable()
  .describe("The user's readout of the same meeting in the other language, or null")
  .openapi('LanguageVersion');

/** A readout as REST answers it. */
export const RestReadout = Readout.extend({ languageVersion: LanguageVersion }).openapi('Readout');
export type RestReadout = z.infer<typeof RestReadout>;

export const ReadoutPage = z
  .object({ items: z.array(RestReadout), nextCursor: z.string().nullable() })
  .openapi('ReadoutPage');

export const HistoryEntry = z
  .object({
    seq: z.number().int().describe('The change sequence of the write that applied it.'),
    appliedAt: z.string().describe('ISO 8601'),
    clientId: z.string().describe('The client that pushed it (`rest-<token id>` for REST edits).'),
    device: z.string().nullable().describe('The device name of its token.'),
    type: z.string().describe('capture, correct, setTags, setNote, setStarred, delete or merge'),
    detail: z
      .unknown()
      .describe(
        'capture: `{extractorVersion, contentHash, capturedAt}`; correct: `{fields: {<field>: ' +
          '{before, after} | {reverted: true}}}` (`before` is the page value corrected); setTags: ' +
          '`{added, removed}`; setNote: `{length, excerpt}`; setStarred: `{starred}`; delete: `{}`.',
      ),
  })
  .openapi('HistoryEntry');

const counts = z.record(z.string(), z.number().int());

export const Stats = z
  .object({
    total: z.number().int(),
    byCountry: counts.describe('Every country named in participants or the location'),
    byCounterpartCountry: counts.describe('The countries of the counterparts'),
    byYear: counts,
    byFormat: counts,
  })
  .openapi('Stats');

export const StatsGroup = z
  .object({
    key: z.string().describe('Country code, year, format or office code; `unknown` when not said'),
    readouts: z.number().int(),
    meetings: z.number().int().describe('A readout and its other-language version count once'),
  })
  .openapi('StatsGroup');

export const GroupedStats = z
  .object({
    total: z.number().int().describe('Readouts the filters select'),
    groups: z.record(z.string(), z.array(StatsGroup)).describe('For each dimension asked for, its groups'),
  })
  .openapi('GroupedStats');

export const Office = z.enum(JAPAN_OFFICES);

export const Appearance = z
  .object({
    readoutId: z.string(),
    meetingId: z.string().describe('The meeting: its readouts in both languages share it'),
    date: z.string().nullable(),
    format: MeetingFormat,
    lang: Lang,
    name: z.string().describe('The name as that page writes it'),
    title: z.string().nullable(),
    office: Office.nullable().describe("Japan's side: the office held at that meeting"),
  })
  .openapi('Appearance');

const personFields = {
  id: z.string(),
  side: z.enum(['japan', 'counterpart']),
  country: z.string().nullable(),
  nameLatin: z.string().nullable().describe('The name in Latin script'),
  nameJa: z.string().nullable().describe('The name in Japanese script'),
  names: z.array(z.string()).describe('Every spelling seen'),
  offices: z.array(Office).describe("Japan's offices the person held at these meetings"),
  meetingIds: z.array(z.string()),
};

export const PersonSummary = z.object(personFields).openapi('PersonSummary');
export const Person = z
  .object({ ...personFields, appearances: z.array(Appearance).describe('Oldest first') })
  .openapi('Person');

export const Me = z
  .object({
    user: z.object({ id: z.number().int(), name: z.string() }),
    token: z.object({
      id: z.string(),
      label: z.string().describe('The device name the token was made for'),
      createdAt: z.string(),
    }),
    clientId: z
      .string()
      .nullable()
      .describe('The sync client id bound to this token by its first push; null before it'),
  })
  .openapi('Me');
