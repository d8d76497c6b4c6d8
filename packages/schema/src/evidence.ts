// Where an extracted value came from, and why the extractor warns: codes with parameters, so every
// user interface can say them in its own language.
import { z } from 'zod';
import { text } from './text';

/** A dotted code such as `date.from-dateline` or `participants.none-counterpart`. */
export const NoticeCode = z
  .string()
  .max(80)
  .regex(/^[a-z][a-z0-9]*(?:[.-][a-z0-9]+)*$/, 'expected a dotted lower-case code');
export type NoticeCode = z.infer<typeof NoticeCode>;

/**
 * A warning or a reason, as a code and its parameters (`{ code: 'date.weekday-mismatch',
 * params: { date: '2019-11-22' } }`). The code `text` carries an old release's English sentence
 * in `params.text`.
 */
export const Notice = z.object({
  code: NoticeCode,
  params: z.record(z.string().max(50), z.union([text().max(500), z.number()])),
});
export type Notice = z.infer<typeof Notice>;

/** Where a fragment was read: the headline, the dateline, a body block, the URL, or page metadata. */
export const EvidenceSource = z.enum(['headline', 'dateline', 'body', 'url', 'meta']);
export type EvidenceSource = z.infer<typeof EvidenceSource>;

/**
 * The text one field was read from. `field` is a dotted path into the readout (`date`,
 * `startTime`, `participants.1.title`, `location.city`, `points.3`); `block` is the index of the
 * body block among the page's body blocks (as the extractor reads them; null outside the body),
 * and `start`..`end` the fragment's UTF-16 offsets in that block's text (or the headline's,
 * the dateline's). `inferred` is set when the value was inferred rather than read (a year from a
 * minister's term, a time zone from a capital, a country from an adjective), with the reason.
 */
export const Evidence = z.object({
  field: z
    .string()
    .max(100)
    .regex(/^[a-zA-Z]+(?:\.(?:[a-zA-Z]+|\d+))*$/, 'expected a dotted field path'),
  source: EvidenceSource,
  block: z.number().int().nonnegative().nullable(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: text().max(500),
  inferred: Notice.nullable(),
});
export type Evidence = z.infer<typeof Evidence>;
