// Exports the collection as JSON, JSON Lines or CSV (for spreadsheets, in UTF-8 with a BOM).
import type { Readout } from '@readouts/schema';
import { counterpartCountries } from '../db/schema';

export const EXPORT_FORMAT = 'mofa-readouts';

/** A JSON document holding every readout, readable by the import. */
export function toJson(readouts: readonly Readout[], exportedAt = new Date()): string {
  return JSON.stringify({ format: EXPORT_FORMAT, exportedAt: exportedAt.toISOString(), readouts }, null, 2);
}

/** One readout per line. */
export function toJsonl(readouts: readonly Readout[]): string {
  return readouts.map((readout) => `${JSON.stringify(readout)}\n`).join('');
}

const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Quotes one CSV cell (RFC 4180): cells holding a comma, quote or line break are quoted with
 * doubled quotes; text that a spreadsheet would run as a formula gets a leading apostrophe.
 * @example csvCell('say "hi", then') // '"say ""hi"", then"'
 */
export function csvCell(value: string | number | boolean | null): string {
  if (value === null) return '';
  if (typeof value !== 'string') return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const people = (readout: Readout, side: 'japan' | 'counterpart') =>
  readout.participants
    .filter((p) => p.side === side)
    .map((p) => (p.title ? `${p.name} (${p.title})` : p.name))
    .join('; ');

const columns: Array<[string, (r: Readout) => string | number | boolean | null]> = [
  ['id', (r) => r.id],
  ['title', (r) => r.title],
  ['date', (r) => r.date],
  ['startTime', (r) => r.startTime],
  ['durationMinutes', (r) => r.durationMinutes],
  ['format', (r) => r.format],
  ['lang', (r) => r.lang],
  ['japanParticipants', (r) => people(r, 'japan')],
  ['counterparts', (r) => people(r, 'counterpart')],
  ['counterpartCountries', (r) => counterpartCountries(r).join('; ')],
  ['city', (r) => r.location?.city ?? null],
  ['country', (r) => r.location?.country ?? null],
  ['pointCount', (r) => r.points.length],
  ['points', (r) => r.points.map((p) => `${p.n}. ${p.text}`).join('\n')],
  ['tags', (r) => r.user.tags.join('; ')],
  ['note', (r) => r.user.note],
  ['starred', (r) => r.user.starred],
  ['url', (r) => r.canonicalUrl],
  ['capturedAt', (r) => r.capture.capturedAt],
];

/** A CSV table, one row per readout, CRLF line ends, with a BOM so spreadsheets read Japanese right. */
export function toCsv(readouts: readonly Readout[]): string {
  const header = columns.map(([name]) => name).join(',');
  const rows = readouts.map((readout) => columns.map(([, value]) => csvCell(value(readout))).join(','));
  return `\uFEFF${[header, ...rows].join('\r\n')}\r\n`;
}
