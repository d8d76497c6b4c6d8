// Validates an imported JSON file (an export, or a bare array of readouts) before anything is written.
import { MigrationError, migrateReadout, Readout, SCHEMA_VERSION } from '@readouts/schema';
import { z } from 'zod';

export type ImportResult = { ok: true; readouts: Readout[] } | { ok: false; errors: string[] };

const ImportFile = z.union([
  z.array(z.unknown()),
  z.object({ format: z.string().optional(), readouts: z.array(z.unknown()) }),
]);

const MAX_ERRORS = 10;

function describe(issue: z.core.$ZodIssue): string {
  const path = issue.path.map(String).join('.');
  return path ? `${path}: ${issue.message}` : issue.message;
}

function label(item: unknown, index: number): string {
  const id = typeof item === 'object' && item !== null ? (item as { id?: unknown }).id : undefined;
  return typeof id === 'string' ? `readout ${index + 1} (${id})` : `readout ${index + 1}`;
}

function validate(item: unknown, index: number): Readout | string {
  const version =
    typeof item === 'object' && item !== null
      ? (item as { schemaVersion?: unknown }).schemaVersion
      : undefined;
  if (typeof version === 'number' && version < SCHEMA_VERSION) {
    try {
      return migrateReadout(item);
    } catch (error) {
      return `${label(item, index)}: ${error instanceof MigrationError ? error.message : String(error)}`;
    }
  }
  const parsed = Readout.safeParse(item);
  if (parsed.success) return parsed.data;
  return `${label(item, index)}: ${parsed.error.issues.slice(0, 3).map(describe).join('; ')}`;
}

/**
 * Parses and validates an import file. Every readout must be valid, or nothing is imported;
 * errors name the readout and the field (at most ten are listed).
 */
export function parseImport(text: string): ImportResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      errors: [`not valid JSON: ${error instanceof Error ? error.message : String(error)}`],
    };
  }
  const file = ImportFile.safeParse(json);
  if (!file.success) {
    return { ok: false, errors: ['expected a list of readouts, or an export with a "readouts" list'] };
  }
  const items = Array.isArray(file.data) ? file.data : file.data.readouts;
  const readouts: Readout[] = [];
  const errors: string[] = [];
  const seen = new Set<string>();
  items.forEach((item, index) => {
    const result = validate(item, index);
    if (typeof result === 'string') errors.push(result);
    else if (seen.has(result.id)) errors.push(`${label(item, index)}: the id appears twice in the file`);
    else {
      seen.add(result.id);
      readouts.push(result);
    }
  });
  if (errors.length > MAX_ERRORS) {
    const more = errors.length - MAX_ERRORS;
    return { ok: false, errors: [...errors.slice(0, MAX_ERRORS), `… and ${more} more`] };
  }
  return errors.length ? { ok: false, errors } : { ok: true, readouts };
}
