// Reads an import file in any format readouts exports (a JSON export or array, JSON Lines, the
// CSV layout of ./csv.ts) and validates every record before anything is written: all of it is
// valid, or nothing is imported and the errors say where.
import {
  MigrationError,
  migrateReadout,
  Readout,
  readoutIdFromUrl,
  SCHEMA_VERSION,
  splitTags,
} from '@readouts/schema';
import Papa from 'papaparse';
import type { z } from 'zod';

export type ImportFormat = 'json' | 'jsonl' | 'csv';

/** Where in the file a problem is: the n-th readout of a JSON file, a JSONL line, a CSV row. */
export interface ImportPlace {
  kind: 'readout' | 'line' | 'row';
  n: number;
  /** The record's id, when it has one. */
  id?: string;
}

/**
 * What is wrong with an import file, as a code the UI words in its own language; `detail` is the
 * parser's or the schema's own text (field paths and messages), `more` counts problems not listed.
 */
export type ImportProblem =
  | { code: 'notJson'; at?: ImportPlace; detail: string }
  | { code: 'notAList' }
  | { code: 'noRecordColumn' }
  | { code: 'csvBroken'; at: ImportPlace; detail: string }
  | { code: 'recordCut'; at: ImportPlace }
  | { code: 'invalid'; at: ImportPlace; detail: string }
  | { code: 'duplicate'; at: ImportPlace }
  | { code: 'more'; count: number };

export type ImportResult =
  | { ok: true; format: ImportFormat; readouts: Readout[] }
  | {
      ok: false;
      format: ImportFormat | null;
      /** The problems in English, one line each (the server's and the CLI's answer). */
      errors: string[];
      problems: ImportProblem[];
    };

/** One record of the file before validation, with where it was (for error messages). */
interface Item {
  at: ImportPlace;
  value: unknown;
}

const ENGLISH_PLACE: Record<ImportPlace['kind'], string> = { readout: 'readout', line: 'line', row: 'row' };

const placeInEnglish = (at: ImportPlace): string =>
  `${ENGLISH_PLACE[at.kind]} ${at.n}${at.id === undefined ? '' : ` (${at.id})`}`;

/** A problem in English (the server's error text; the extension words it through its i18n). */
export function describeImportProblem(problem: ImportProblem): string {
  const at = 'at' in problem && problem.at ? `${placeInEnglish(problem.at)}: ` : '';
  switch (problem.code) {
    case 'notJson':
      return problem.at ? `${at}not valid JSON (${problem.detail})` : `not valid JSON: ${problem.detail}`;
    case 'notAList':
      return 'expected a list of readouts, or an export with a "readouts" list';
    case 'noRecordColumn':
      return 'this CSV has no "record" column: import a CSV exported by readouts, or its JSON export';
    case 'csvBroken':
      return `${at}${problem.detail}`;
    case 'recordCut':
      return `${at}the record column is missing or cut (a spreadsheet keeps at most 32,767 characters in a cell); import the JSON export instead`;
    case 'invalid':
      return `${at}${problem.detail}`;
    case 'duplicate':
      return `${at}the page appears twice in the file`;
    case 'more':
      return `… and ${problem.count} more`;
  }
}

/** A failed result: the problems, and the same in English. */
const failed = (format: ImportFormat | null, problems: ImportProblem[]): ImportResult => ({
  ok: false,
  format,
  errors: problems.map(describeImportProblem),
  problems,
});

const MAX_ERRORS = 10;

function describe(issue: z.core.$ZodIssue): string {
  const path = issue.path.map(String).join('.');
  return path ? `${path}: ${issue.message}` : issue.message;
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * One record as the current schema has it: migrated when older, its id derived from its canonical
 * URL (a record is about a page; an id that disagrees would store the page twice).
 */
function validate(item: Item): Readout | ImportProblem {
  const value = item.value;
  const version =
    typeof value === 'object' && value !== null
      ? (value as { schemaVersion?: unknown }).schemaVersion
      : undefined;
  let readout: Readout;
  if (typeof version === 'number' && version < SCHEMA_VERSION) {
    try {
      readout = migrateReadout(value);
    } catch (error) {
      const detail = error instanceof MigrationError ? error.message : messageOf(error);
      return { code: 'invalid', at: item.at, detail };
    }
  } else {
    const parsed = Readout.safeParse(value);
    if (!parsed.success) {
      return {
        code: 'invalid',
        at: item.at,
        detail: parsed.error.issues.slice(0, 3).map(describe).join('; '),
      };
    }
    readout = parsed.data;
  }
  const id = readoutIdFromUrl(readout.canonicalUrl);
  return id === readout.id ? readout : { ...readout, id };
}

const labelled = (kind: ImportPlace['kind'], n: number, value: unknown): Item => {
  const id = typeof value === 'object' && value !== null ? (value as { id?: unknown }).id : undefined;
  return { at: typeof id === 'string' ? { kind, n, id } : { kind, n }, value };
};

function jsonItems(text: string): Item[] | ImportProblem {
  const json: unknown = JSON.parse(text);
  if (Array.isArray(json)) return json.map((value, i) => labelled('readout', i + 1, value));
  if (typeof json === 'object' && json !== null && Array.isArray((json as { readouts?: unknown }).readouts)) {
    return (json as { readouts: unknown[] }).readouts.map((value, i) => labelled('readout', i + 1, value));
  }
  if (typeof json === 'object' && json !== null && 'schemaVersion' in json)
    return [labelled('readout', 1, json)];
  return { code: 'notAList' };
}

function jsonlItems(text: string): Item[] | ImportProblem {
  const items: Item[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (!line) continue;
    try {
      items.push(labelled('line', i + 1, JSON.parse(line)));
    } catch (error) {
      return { code: 'notJson', at: { kind: 'line', n: i + 1 }, detail: messageOf(error) };
    }
  }
  return items;
}

/** The value of a CSV row whose record column did not parse. */
const CUT = Symbol('record cut');

/** A cell the export defused with a leading apostrophe, as it was. */
const undefused = (cell: string) => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);

function csvItems(text: string): Item[] | ImportProblem {
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: 'greedy' });
  const fields = parsed.meta.fields ?? [];
  if (!fields.includes('record')) {
    return { code: 'noRecordColumn' };
  }
  const serious = parsed.errors.find((e) => e.type !== 'FieldMismatch');
  // Rows, not lines: a cell may hold line breaks (points, notes). Row 1 is the first after the header.
  if (serious)
    return { code: 'csvBroken', at: { kind: 'row', n: (serious.row ?? 0) + 1 }, detail: serious.message };
  return parsed.data.map((row, i) => {
    const rowNumber = i + 1;
    let value: unknown;
    try {
      value = JSON.parse(undefused(row.record ?? ''));
    } catch {
      return { at: { kind: 'row', n: rowNumber }, value: CUT };
    }
    // The user's columns are editable in a spreadsheet: what they say wins over the record's copy.
    if (
      typeof value === 'object' &&
      value !== null &&
      typeof (value as { user?: unknown }).user === 'object'
    ) {
      const user = { ...(value as { user: Record<string, unknown> }).user };
      if (fields.includes('tags')) user.tags = splitTags(undefused(row.tags ?? ''));
      if (fields.includes('note')) user.note = undefused(row.note ?? '');
      if (fields.includes('starred')) user.starred = /^(?:true|1|yes)$/i.test((row.starred ?? '').trim());
      value = { ...value, user };
    }
    return labelled('row', rowNumber, value);
  });
}

/** Which format a file is in, from its first characters (JSON Lines is JSON that fails as a whole). */
function detect(text: string): ImportFormat {
  const start = text.trimStart()[0];
  if (start !== '[' && start !== '{') return 'csv';
  try {
    JSON.parse(text);
    return 'json';
  } catch {
    return start === '{' ? 'jsonl' : 'json';
  }
}

/**
 * Parses and validates an import file of any exported format. Every readout must be valid, or
 * nothing is imported; errors name the record (line or index, and id) and the field, at most ten.
 * @example parseImport(await file.text()) // { ok: true, format: 'jsonl', readouts: [...] }
 */
export function parseImport(raw: string): ImportResult {
  const text = raw.replace(/^\uFEFF/, '');
  const format = detect(text);
  let items: Item[] | ImportProblem;
  try {
    items = format === 'csv' ? csvItems(text) : format === 'jsonl' ? jsonlItems(text) : jsonItems(text);
  } catch (error) {
    return failed(format, [{ code: 'notJson', detail: messageOf(error) }]);
  }
  if (!Array.isArray(items)) return failed(format, [items]);
  const readouts: Readout[] = [];
  const problems: ImportProblem[] = [];
  const seen = new Set<string>();
  for (const item of items) {
    const result: Readout | ImportProblem =
      item.value === CUT ? { code: 'recordCut', at: item.at } : validate(item);
    if ('code' in result) problems.push(result);
    else if (seen.has(result.id)) problems.push({ code: 'duplicate', at: item.at });
    else {
      seen.add(result.id);
      readouts.push(result);
    }
  }
  if (problems.length > MAX_ERRORS) {
    return failed(format, [
      ...problems.slice(0, MAX_ERRORS),
      { code: 'more', count: problems.length - MAX_ERRORS },
    ]);
  }
  return problems.length ? failed(format, problems) : { ok: true, format, readouts };
}
