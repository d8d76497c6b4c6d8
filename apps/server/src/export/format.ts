// Export formats: JSON Lines (the full record) and CSV (one flat row per readout).
import type { Readout } from '@readouts/schema';
import type { ReadoutQuery } from '../query/params';
import type { Storage } from '../storage/types';

export const CSV_COLUMNS = [
  'id',
  'url',
  'lang',
  'title',
  'date',
  'format',
  'countries',
  'participants',
  'topics',
  'tags',
  'starred',
  'note',
  'capturedAt',
] as const;

/** A cell a spreadsheet would run as a formula (OWASP CSV injection): `=`, `+`, `-`, `@`, tab, CR. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV cell (RFC 4180 quoting); text that would start a formula gets a leading apostrophe, as
 * the extension's export does.
 * @example csvCell('=HYPERLINK("x")') // `"'=HYPERLINK(""x"")"`
 */
export function csvCell(value: string): string {
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One CSV row (with line end); list fields are joined with `; `. */
export function csvRow(r: Readout): string {
  const countries = [...new Set(r.participants.map((p) => p.country).filter((c): c is string => !!c))];
  const cells = [
    r.id,
    r.url,
    r.lang,
    r.title,
    r.date ?? '',
    r.format,
    countries.join('; '),
    r.participants.map((p) => p.name).join('; '),
    r.topics.join('; '),
    r.user.tags.join('; '),
    String(r.user.starred),
    r.user.note,
    r.capture.capturedAt,
  ];
  return `${cells.map(csvCell).join(',')}\r\n`;
}

/** The CSV header line. */
export const csvHeader = (): string => `${CSV_COLUMNS.join(',')}\r\n`;

/** Every readout of a user in date order, fetched page by page so memory stays flat. */
export async function* allReadouts(storage: Storage, userId: number): AsyncGenerator<Readout> {
  let cursor: string | undefined;
  do {
    const query: ReadoutQuery = { sort: 'date', limit: 200, ...(cursor ? { cursor } : {}) };
    const page = await storage.listReadouts(userId, query);
    yield* page.items;
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
}

/** Export lines of a user's collection in `format`. */
export async function* exportLines(
  storage: Storage,
  userId: number,
  format: 'jsonl' | 'csv',
): AsyncGenerator<string> {
  if (format === 'csv') yield csvHeader();
  for await (const r of allReadouts(storage, userId))
    yield format === 'csv' ? csvRow(r) : `${JSON.stringify(r)}\n`;
}
