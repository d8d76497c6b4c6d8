// The readout query shared by the REST API and the tRPC `readouts.list` procedure.
import { countryCode, isoDate, Lang, MeetingFormat } from '@readouts/schema';
import { z } from 'zod';

export const SortOrder = z.enum(['date', '-date', 'captured', '-captured', 'title']);
export type SortOrder = z.infer<typeof SortOrder>;

/** Upper bound of `limit` on list queries. */
export const MAX_PAGE_SIZE = 200;

/** Filters, order and page of a readout listing; every filter is optional and they combine with AND. */
export const ReadoutQuery = z
  .object({
    q: z.string().trim().min(1).max(500).optional(),
    country: z
      .string()
      .transform((s) => s.toUpperCase())
      .pipe(countryCode)
      .optional(),
    participant: z.string().trim().min(1).max(200).optional(),
    format: MeetingFormat.optional(),
    lang: Lang.optional(),
    from: isoDate.optional(),
    to: isoDate.optional(),
    topic: z.string().trim().min(1).max(300).optional(),
    tag: z.string().trim().min(1).max(100).optional(),
    sort: SortOrder.default('-date'),
    limit: z.number().int().min(1).max(MAX_PAGE_SIZE).default(50),
    cursor: z.string().max(1000).optional(),
  })
  .strict();
export type ReadoutQuery = z.infer<typeof ReadoutQuery>;
export type ReadoutQueryInput = z.input<typeof ReadoutQuery>;

/** The same query read from URL parameters, where `limit` arrives as text. */
export const ReadoutQueryParams = ReadoutQuery.extend({
  limit: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(50),
}).strict();
