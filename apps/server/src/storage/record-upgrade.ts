// Stored records of an older readout schema version, brought up to the current one: validated and
// rewritten once by the start-up data migration, and upgraded (cheaply, unvalidated) wherever a
// record is read, for one an older server process wrote after that migration ran.
import {
  MigrationError,
  migrateReadout,
  migrateReadoutContent,
  type Readout,
  type RecordState,
  SCHEMA_VERSION,
  upgradeRecord,
} from '@readouts/schema';
import { materialize } from '@readouts/sync';
import { createLogger } from '../http/logger';
import type { RecordWrite, StorageLog } from './types';

type Loose = Record<string, unknown>;

const isObject = (value: unknown): value is Loose =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Whether a record's `schemaVersion` is an older one that `upgradeRecord` knows how to upgrade. */
const stale = (record: Loose): boolean =>
  typeof record.schemaVersion === 'number' && record.schemaVersion < SCHEMA_VERSION;

/** Upgrades content read from storage; bare content stays bare (the v1 step adds user fields). */
function upgradeContent(content: Loose): Loose {
  const upgraded = upgradeRecord(content) as Loose;
  if (Object.hasOwn(content, 'user') || !Object.hasOwn(upgraded, 'user')) return upgraded;
  const { user: _user, ...bare } = upgraded;
  return bare;
}

/** A stored readout at the current schema version (the same object when it already is). */
export function currentReadout(readout: Readout): Readout {
  return isObject(readout) && stale(readout) ? (upgradeRecord(readout) as Readout) : readout;
}

/** A stored record state with its content at the current schema version (the same object when it is). */
export function currentState(state: unknown): unknown {
  if (!isObject(state) || !isObject(state.content) || !stale(state.content)) return state;
  return { ...state, content: upgradeContent(state.content) };
}

/**
 * The readout of a stored state (parsed JSON), as the reducer materialised it when it wrote the
 * state, at the current schema version: SQLite stores the state alone and derives this on read.
 */
export function readoutOfState(state: unknown): Readout | null {
  return materialize(currentState(state) as RecordState);
}

const VERSION_KEY = Buffer.from('"schemaVersion":');
const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The `schemaVersion` a state's JSON gives its content, without parsing it: the first
 * `"schemaVersion":` followed by a number. In the JSON of a state only the content has such a key
 * with a number (a tag of that name has an object, and a string cannot hold `n":` unescaped).
 */
function statedVersion(json: Buffer): number | null {
  for (let at = json.indexOf(VERSION_KEY); at >= 0; at = json.indexOf(VERSION_KEY, at + 1)) {
    let i = at + VERSION_KEY.length;
    while (json[i] === 0x20 || json[i] === 0x0a || json[i] === 0x0d || json[i] === 0x09) i++;
    let version = 0;
    let digits = 0;
    for (let byte = json[i]; byte !== undefined && byte >= 0x30 && byte <= 0x39; byte = json[++i]) {
      version = version * 10 + (byte - 0x30);
      digits++;
    }
    if (digits > 0) return version;
  }
  return null;
}

/**
 * A stored state's UTF-8 JSON with its content at the current schema version: the same bytes when
 * it is (or has no content), which a version check on the bytes tells; else parsed, upgraded and
 * written again as `JSON.stringify` does.
 */
export function currentStateJson(json: Uint8Array): Uint8Array {
  const bytes = Buffer.isBuffer(json) ? json : Buffer.from(json.buffer, json.byteOffset, json.byteLength);
  const version = statedVersion(bytes);
  if (version === null || version >= SCHEMA_VERSION) return json;
  const state = JSON.parse(utf8.decode(bytes)) as unknown;
  const upgraded = currentState(state);
  return upgraded === state ? json : Buffer.from(JSON.stringify(upgraded));
}

/** What the data migration makes of one stored record. */
export type StoredUpgrade =
  | { kind: 'current' }
  | { kind: 'upgraded'; write: RecordWrite }
  | { kind: 'invalid'; reason: string };

/**
 * Migrates one stored record (its state and readout as parsed from storage; the readout null for a
 * tombstone) to the current schema version, validating both: the state's content with
 * `migrateReadoutContent`, the readout (user fields and all) with `migrateReadout`. A record that
 * cannot be migrated is reported, never changed. Records already current come back as `current`.
 */
export function upgradeStored(state: unknown, readout: unknown): StoredUpgrade {
  if (!isObject(state)) return { kind: 'invalid', reason: 'the state is not an object' };
  const content = state.content;
  if (content !== null && !isObject(content))
    return { kind: 'invalid', reason: 'the state content is not an object' };
  if (readout !== null && !isObject(readout))
    return { kind: 'invalid', reason: 'the readout is not an object' };
  const contentCurrent = content === null || content.schemaVersion === SCHEMA_VERSION;
  const readoutCurrent = readout === null || readout.schemaVersion === SCHEMA_VERSION;
  if (contentCurrent && readoutCurrent) return { kind: 'current' };
  try {
    return {
      kind: 'upgraded',
      write: {
        state: contentCurrent ? state : { ...state, content: migrateReadoutContent(content) },
        readout: readout === null ? null : readoutCurrent ? (readout as Readout) : migrateReadout(readout),
      },
    };
  } catch (error) {
    if (error instanceof MigrationError) return { kind: 'invalid', reason: error.message };
    throw error;
  }
}

/**
 * Migrates one stored state (parsed from storage) to the current schema version, validating its
 * content with `migrateReadoutContent` and the readout it implies with `migrateReadout`; the write's
 * readout is `materialize` of the migrated state, what every read derives from it. A state that
 * cannot be migrated is reported, never changed; one already current comes back as `current`.
 */
export function upgradeStoredState(state: unknown): StoredUpgrade {
  if (!isObject(state)) return { kind: 'invalid', reason: 'the state is not an object' };
  const content = state.content;
  if (content !== null && !isObject(content))
    return { kind: 'invalid', reason: 'the state content is not an object' };
  if (content === null || content.schemaVersion === SCHEMA_VERSION) return { kind: 'current' };
  try {
    const upgraded = { ...state, content: migrateReadoutContent(content) };
    const readout = materialize(upgraded as unknown as RecordState);
    if (readout) migrateReadout(readout);
    return { kind: 'upgraded', write: { state: upgraded, readout } };
  } catch (error) {
    if (error instanceof MigrationError) return { kind: 'invalid', reason: error.message };
    throw error;
  }
}

/** What a data migration run did. */
export interface UpgradeCounts {
  upgraded: number;
  invalid: number;
}

/** The default storage log: JSON lines on stderr (a CLI command's stdout may be its output). */
export const stderrLog: StorageLog = createLogger(true, (line) => process.stderr.write(line));
