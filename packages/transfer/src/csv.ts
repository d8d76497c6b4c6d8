// The one CSV layout of readouts, shared by the extension's export and the server's
// `/api/v1/export?format=csv`: readable columns for spreadsheets, and a `record` column holding
// the whole readout as JSON so an import gets back exactly what was exported. Quoting and the
// defusing of cells a spreadsheet would run as formulas come from Papa Parse.
import type { Participant, Readout } from '@readouts/schema';
import Papa from 'papaparse';

type Cell = string | number | boolean | null;

interface Column {
  name: string;
  /** What the column holds, for the layout's documentation (README.md lists the same). */
  doc: string;
  cell: (r: Readout) => Cell;
}

const people = (r: Readout, side: Participant['side']) =>
  r.participants
    .filter((p) => p.side === side)
    .map((p) => [p.name, p.title, side === 'counterpart' ? p.country : null].filter(Boolean).join(', '))
    .join('; ');

const counterpartCountries = (r: Readout) => [
  ...new Set(r.participants.filter((p) => p.side === 'counterpart' && p.country).map((p) => p.country)),
];

/** The columns in order. Lists are joined with `; `, tags with `, ` (a comma separates tags). */
export const CSV_COLUMNS: readonly Column[] = [
  { name: 'id', doc: 'the readout id, derived from the canonical URL', cell: (r) => r.id },
  { name: 'url', doc: 'the canonical URL of the MOFA page', cell: (r) => r.canonicalUrl },
  { name: 'lang', doc: '`en` or `ja`', cell: (r) => r.lang },
  { name: 'title', doc: 'the headline', cell: (r) => r.title },
  { name: 'section', doc: 'the section label of the page', cell: (r) => r.section },
  { name: 'publishedDate', doc: 'the dateline, YYYY-MM-DD', cell: (r) => r.publishedDate },
  { name: 'date', doc: 'the meeting date (local), YYYY-MM-DD', cell: (r) => r.date },
  { name: 'startTime', doc: 'local start time, HH:MM', cell: (r) => r.startTime },
  {
    name: 'japanTime',
    doc: 'the time in Japan when the page gives it: YYYY-MM-DD HH:MM',
    cell: (r) => (r.japanTime ? [r.japanTime.date, r.japanTime.time].filter(Boolean).join(' ') : null),
  },
  { name: 'durationMinutes', doc: 'length of the meeting in minutes', cell: (r) => r.durationMinutes },
  {
    name: 'format',
    doc: 'meeting, summit, telephone, video, courtesy-call, meal or other',
    cell: (r) => r.format,
  },
  { name: 'japanParticipants', doc: '`name, title` of each, `; ` between', cell: (r) => people(r, 'japan') },
  {
    name: 'counterparts',
    doc: '`name, title, country` of each, `; ` between',
    cell: (r) => people(r, 'counterpart'),
  },
  {
    name: 'counterpartCountries',
    doc: 'ISO 3166-1 alpha-2 codes (EU for the European Union)',
    cell: (r) => counterpartCountries(r).join('; '),
  },
  { name: 'city', doc: 'where the meeting took place', cell: (r) => r.location?.city ?? null },
  { name: 'country', doc: 'country code of the place', cell: (r) => r.location?.country ?? null },
  { name: 'venue', doc: 'the venue, when named', cell: (r) => r.location?.venue ?? null },
  { name: 'topics', doc: 'topic headings, `; ` between', cell: (r) => r.topics.join('; ') },
  { name: 'pointCount', doc: 'number of points', cell: (r) => r.points.length },
  {
    name: 'points',
    doc: 'each point as `n. text` on its own line',
    cell: (r) => r.points.map((p) => `${p.n}. ${p.text}`).join('\n'),
  },
  {
    name: 'tags',
    doc: 'the user’s tags, `, ` between (editable: import reads it)',
    cell: (r) => r.user.tags.join(', '),
  },
  { name: 'note', doc: 'the user’s note (editable: import reads it)', cell: (r) => r.user.note },
  { name: 'starred', doc: '`true` or `false` (editable: import reads it)', cell: (r) => r.user.starred },
  { name: 'corrected', doc: 'fields the user corrected, `, ` between', cell: (r) => r.corrected.join(', ') },
  { name: 'capturedAt', doc: 'when the page was captured (ISO 8601)', cell: (r) => r.capture.capturedAt },
  {
    name: 'extractorVersion',
    doc: 'the extractor release that read the page',
    cell: (r) => r.capture.extractorVersion,
  },
  {
    name: 'record',
    doc: 'the whole readout as JSON: what an import restores (a spreadsheet may cut cells over 32,767 characters)',
    cell: (r) => JSON.stringify(r),
  },
];

const UNPARSE = { newline: '\r\n', escapeFormulae: true, header: false } as const;

/** The header line, with its line end. */
export function csvHeader(): string {
  return `${Papa.unparse([CSV_COLUMNS.map((c) => c.name)], UNPARSE)}\r\n`;
}

/**
 * One readout as a CSV line (RFC 4180 quoting, CRLF), cells that would start a formula
 * (`=`, `+`, `-`, `@`, tab, CR) prefixed with an apostrophe.
 */
export function csvRow(r: Readout): string {
  const cells = CSV_COLUMNS.map((c) => {
    const value = c.cell(r);
    return value === null ? '' : typeof value === 'string' ? value : String(value);
  });
  return `${Papa.unparse([cells], UNPARSE)}\r\n`;
}

/** A whole CSV file, with a byte order mark so spreadsheets read Japanese right. */
export function toCsv(readouts: readonly Readout[]): string {
  return `\uFEFF${csvHeader()}${readouts.map(csvRow).join('')}`;
}
