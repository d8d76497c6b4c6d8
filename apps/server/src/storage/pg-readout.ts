// The readout of a PostgreSQL record, derived from its state on read: `records` stores the state
// alone (migration 11 dropped the second copy), and the readout was always `materialize(state)`.
import type { Readout, RecordState } from '@readouts/schema';
import { materialize } from '@readouts/sync';
import { currentState } from './record-upgrade';

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The readout a stored state (parsed JSON) implies at the current schema version: what the reducer
 * materialised when it wrote the state. Null for a tombstone, a state never captured, or one that
 * is not a record state at all (a stored record the data migration could not migrate).
 */
export function readoutOfState(state: unknown): Readout | null {
  if (!isObject(state) || !isObject(state.content)) return null;
  return materialize(currentState(state) as RecordState);
}
