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

export type ImportResult =
  | { ok: true; format: ImportFormat; readouts: Readout[] }
  | { ok: false; format: ImportFormat | null; errors: string[] };

/** One record of the file before validation, with where it was (for error messages). */
interface Item {
  where: string;
  value: unknown;
}

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
function validate(item: Item): Readout | string {
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
      return `${item.where}: ${error instanceof MigrationError ? error.message : messageOf(error)}`;
    }
  } else {
    const parsed = Readout.safeParse(value);
    if (!parsed.success) return `${item.where}: ${parsed.error.issues.slice(0, 3).map(describe).join('; ')}`;
    readout = parsed.data;
  }
  const id = readoutIdFromUrl(readout.canonicalUrl);
  return id === readout.id ? readout : { ...readout, id };
}

const labelled = (index: number, value: unknown, at = `readout ${index + 1}`): Item => {
  const id = typeof value === 'object' && value !== null ? (value as { id?: unknown }).id : undefined;
  return { where: typeof id === 'string' ? `${at} (${id})` : at, value };
};

function jsonItems(text: string): Item[] | string {
  const json: unknown = JSON.parse(text);
  if (Array.isArray(json)) return json.map((value, i) => labelled(i, value));
  if (typeof json === 'object' && json !== null && Array.isArray((json as { readouts?: unknown }).readouts)) {
    return (json as { readouts: unknown[] }).readouts.map((value, i) => labelled(i, value));
  }
  if (typeof json === 'object' && json !== null && 'schemaVersion' in json) return [labelled(0, json)];
  return 'expected a list of readouts, or an export with a "readouts" list';
}

function jsonlItems(text: string): Item[] | string {
  const items: Item[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (!line) continue;
    try {
      items.push(labelled(items.length, JSON.parse(line), `line ${i + 1}`));
    } catch (error) {
      return `line ${i + 1}: not valid JSON (${messageOf(error)})`;
    }
  }
  return items;
}

/** A cell the export defused with a leading apostrophe, as it was. */
const undefused = (cell: string) => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);

function csvItems(text: string): Item[] | string {
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: 'greedy' });
  const fields = parsed.meta.fields ?? [];
  if (!fields.includes('record')) {
    return 'this CSV has no "record" column: import a CSV exported by readouts, or its JSON export';
  }
  const serious = parsed.errors.find((e) => e.type !== 'FieldMismatch');
  // Rows, not lines: a cell may hold line breaks (points, notes). Row 1 is the first after the header.
  if (serious) return `row ${(serious.row ?? 0) + 1}: ${serious.message}`;
  return parsed.data.map((row, i) => {
    const rowNumber = i + 1;
    let value: unknown;
    try {
      value = JSON.parse(undefused(row.record ?? ''));
    } catch {
      return {
        where: `row ${rowNumber}`,
        value: new Error(
          'the record column is missing or cut (a spreadsheet keeps at most 32,767 characters in a cell); import the JSON export instead',
        ),
      };
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
    return labelled(i, value, `row ${rowNumber}`);
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
  let items: Item[] | string;
  try {
    items = format === 'csv' ? csvItems(text) : format === 'jsonl' ? jsonlItems(text) : jsonItems(text);
  } catch (error) {
    return { ok: false, format, errors: [`not valid JSON: ${messageOf(error)}`] };
  }
  if (typeof items === 'string') return { ok: false, format, errors: [items] };
  const readouts: Readout[] = [];
  const errors: string[] = [];
  const seen = new Set<string>();
  for (const item of items) {
    const result = item.value instanceof Error ? `${item.where}: ${item.value.message}` : validate(item);
    if (typeof result === 'string') errors.push(result);
    else if (seen.has(result.id)) errors.push(`${item.where}: the page appears twice in the file`);
    else {
      seen.add(result.id);
      readouts.push(result);
    }
  }
  if (errors.length > MAX_ERRORS) {
    return {
      ok: false,
      format,
      errors: [...errors.slice(0, MAX_ERRORS), `… and ${errors.length - MAX_ERRORS} more`],
    };
  }
  return errors.length ? { ok: false, format, errors } : { ok: true, format, readouts };
}
