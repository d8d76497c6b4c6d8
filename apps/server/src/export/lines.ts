// A user's collection exported: what the REST export route and `readouts export` write.
import { readoutsOf } from '../analysis/collection';
import type { ExportFormat, FilterQuery } from '../openapi/params';
import type { Storage } from '../storage/types';
import { exportText } from './formats';

/** The text of a user's readouts (those the filters select) in `format`, in pieces. */
export function exportLines(
  storage: Storage,
  userId: number,
  format: ExportFormat,
  filters: FilterQuery = {},
): AsyncGenerator<string> {
  return exportText(readoutsOf(storage, userId, filters), format);
}
