// The query parameters of the REST API, each written once with its description: the routes
// validate with these schemas and the OpenAPI document is generated from them.
import { z } from '@hono/zod-openapi';
import { MAX_HISTORY } from '@readouts/api';
import { HistoryParams } from '../http/history-params';
import { ReadoutQueryParams } from '../query/params';

const listing = ReadoutQueryParams.shape;

/** The listing's filters: what `GET /readouts`, `/export` and `/stats` select by. */
export const filterParams = {
  q: listing.q.describe('Full text (English words by prefix, Japanese by character bigrams).'),
  country: listing.country.describe('ISO 3166-1 alpha-2 of a participant or the location.'),
  participant: listing.participant.describe('Part of a participant name or title (case-insensitive).'),
  format: listing.format.describe('Meeting format.'),
  lang: listing.lang.describe('Page language.'),
  from: listing.from.describe('Meeting date on or after (YYYY-MM-DD, a real calendar date).'),
  to: listing.to.describe('Meeting date on or before (YYYY-MM-DD, a real calendar date).'),
  topic: listing.topic.describe('Part of a topic (case-insensitive).'),
  tag: listing.tag.describe('A tag the user set (case- and width-insensitive).'),
};

/** `GET /readouts`: the filters, an order and a page. */
export const ListQuery = z
  .object({
    ...filterParams,
    sort: listing.sort.describe('Order.'),
    limit: listing.limit.describe('Page size.'),
    cursor: listing.cursor.describe('The `nextCursor` of the previous page.'),
  })
  .strict();
export type ListQuery = z.infer<typeof ListQuery>;

/** The listing's filters alone. */
export const FilterQuery = z.object(filterParams).strict();
export type FilterQuery = z.infer<typeof FilterQuery>;

/** Every export format: the collection's own layouts, citations, and the dyadic table. */
export const ExportFormat = z.enum(['jsonl', 'json', 'csv', 'csl', 'ris', 'bibtex', 'dyads']);
export type ExportFormat = z.infer<typeof ExportFormat>;

/**
 * `GET /export`: a format and the listing's filters, where `format` names the file's format, so
 * the listing's meeting format filter is `meetingFormat`.
 */
const { format: meetingFormat, ...otherFilters } = filterParams;
export const ExportQuery = z
  .object({
    format: ExportFormat.default('jsonl').describe(
      'jsonl, json and csv: the layout the extension imports; csl (CSL-JSON), ris and bibtex: ' +
        'citations; dyads: one CSV row per Japan–counterpart country pair per meeting.',
    ),
    ...otherFilters,
    meetingFormat: meetingFormat.describe('Meeting format (the listing’s `format`).'),
  })
  .strict();
export type ExportQuery = z.infer<typeof ExportQuery>;

export const StatsDimension = z.enum(['country', 'year', 'format', 'office']);

/** `groupBy`: one dimension or several, comma-separated. */
const groupBy = z
  .string()
  .transform((s, ctx) => {
    const names = s.split(',').map((n) => n.trim());
    const dims = names.map((n) => StatsDimension.safeParse(n));
    const bad = names.filter((_, i) => !dims[i]!.success);
    if (bad.length) {
      ctx.addIssue({
        code: 'custom',
        message: `unknown dimension ${bad.join(', ')}; use ${StatsDimension.options.join(', ')}`,
      });
      return z.NEVER;
    }
    return [...new Set(names as Array<z.infer<typeof StatsDimension>>)];
  })
  .openapi({ type: 'string', example: 'country,year' })
  .describe(`Dimensions to group by, comma-separated: ${StatsDimension.options.join(', ')}.`);

/** `GET /stats`: without parameters, the collection's totals; with any, grouped counts. */
export const StatsQuery = z.object({ groupBy: groupBy.optional(), ...filterParams }).strict();
export type StatsQuery = z.infer<typeof StatsQuery>;

/** `GET /readouts/{id}/history`. */
export const HistoryQuery = z
  .object({ limit: HistoryParams.shape.limit.describe(`Entries (at most ${MAX_HISTORY}).`) })
  .strict();

/** `GET /people`. */
export const PeopleQuery = z
  .object({
    q: z.string().trim().min(1).max(200).optional().describe('Part of any spelling of the name.'),
    side: z.enum(['japan', 'counterpart']).optional().describe("Japan's side or the counterparts."),
    country: listing.country.describe('ISO 3166-1 alpha-2 of the person’s country.'),
  })
  .strict();
export type PeopleQuery = z.infer<typeof PeopleQuery>;

/** A path's `{id}`. */
export const IdParam = z.object({
  id: z.string().openapi({ param: { name: 'id', in: 'path' } }),
});
