// The readout query shared by the REST API and the tRPC `readouts.list` procedure, and the error a
// listing throws for a cursor the server never issued.
import { countryCode, isoDate, Lang, MeetingFormat, text } from '@readouts/schema';
import { z } from 'zod';

export const SortOrder = z.enum(['date', '-date', 'captured', '-captured', 'title']);
export type SortOrder = z.infer<typeof SortOrder>;

/** Upper bound of `limit` on list queries. */
export const MAX_PAGE_SIZE = 200;

/** A real calendar date as YYYY-MM-DD: `2024-13-45` and `2023-02-29` are refused. */
export const calendarDate = isoDate.refine((s) => {
  const date = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(s);
}, 'expected a real calendar date as YYYY-MM-DD');

/** Filters, order and page of a readout listing; every filter is optional and they combine with AND. */
export const ReadoutQuery = z
  .object({
    q: text().trim().min(1).max(500).optional(),
    country: z
      .string()
      .transform((s) => s.toUpperCase())
      .pipe(countryCode)
      .optional(),
    participant: text().trim().min(1).max(200).optional(),
    format: MeetingFormat.optional(),
    lang: Lang.optional(),
    from: calendarDate.optional(),
    to: calendarDate.optional(),
    topic: text().trim().min(1).max(300).optional(),
    tag: text().trim().min(1).max(100).optional(),
    sort: SortOrder.default('-date'),
    limit: z.number().int().min(1).max(MAX_PAGE_SIZE).default(50),
    cursor: text().max(1000).optional(),
  })
  .strict();
export type ReadoutQuery = z.infer<typeof ReadoutQuery>;
export type ReadoutQueryInput = z.input<typeof ReadoutQuery>;

/** Thrown for a cursor that is not one this server issued for the same sort order. */
export class InvalidCursorError extends Error {
  override name = 'InvalidCursorError';
}
