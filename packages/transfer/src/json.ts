// The JSON exports: a document with every readout, and JSON Lines (one readout per line).
import type { Readout } from '@readouts/schema';

/** Names the file's kind inside the JSON export. */
export const EXPORT_FORMAT = 'mofa-readouts';

/** A JSON document holding every readout, readable by `parseImport`. */
export function toJson(readouts: readonly Readout[], exportedAt = new Date()): string {
  return JSON.stringify({ format: EXPORT_FORMAT, exportedAt: exportedAt.toISOString(), readouts }, null, 2);
}

/** One readout per line. */
export function toJsonl(readouts: readonly Readout[]): string {
  return readouts.map((readout) => `${JSON.stringify(readout)}\n`).join('');
}
