// Migration of stored records from older schema versions to the current one.
import { Readout, ReadoutContent, SCHEMA_VERSION } from './readout';

type Loose = Record<string, unknown>;

/**
 * Each step takes a record of version N to version N+1. Version 1 (the first release) had no
 * `starred`, no `familyName`, no `japanTime` and kept the start time as `time`; version 2 had no
 * participant `role` (every participant it names is a principal: attendees were not told apart)
 * and no `nameLatin`; version 3 kept warnings as English sentences, had no evidence and no
 * corrections. A step keeps whatever it does not know, so it works on a readout with its
 * user fields and on bare extracted content alike.
 */
const steps: Record<number, (record: Loose) => Loose> = {
  1: (record) => {
    const { time, ...rest } = record;
    const user = (record.user ?? {}) as Loose;
    const participants = Array.isArray(record.participants) ? (record.participants as Loose[]) : [];
    return {
      ...rest,
      schemaVersion: 2,
      startTime: record.startTime ?? time ?? null,
      japanTime: record.japanTime ?? null,
      participants: participants.map((p) => ({ familyName: null, ...p })),
      user: { tags: [], note: '', ...user, starred: user.starred ?? false },
    };
  },
  2: (record) => {
    const participants = Array.isArray(record.participants) ? (record.participants as unknown[]) : [];
    return {
      ...record,
      schemaVersion: 3,
      participants: participants.map((p) =>
        typeof p === 'object' && p !== null ? { nameLatin: null, role: 'principal', ...p } : p,
      ),
    };
  },
  3: (record) => {
    const capture = (
      typeof record.capture === 'object' && record.capture !== null ? record.capture : {}
    ) as Loose;
    const warnings = Array.isArray(capture.warnings) ? (capture.warnings as unknown[]) : [];
    // A saved readout (one with user fields) had no corrections yet.
    const review = record.user === undefined ? {} : { corrected: [], extracted: {}, pageChanged: [] };
    return {
      ...review,
      ...record,
      schemaVersion: 4,
      capture: {
        ...capture,
        warnings: warnings.map((w) => (typeof w === 'string' ? { code: 'text', params: { text: w } } : w)),
        evidence: capture.evidence ?? [],
      },
    };
  },
};

/**
 * Runs the migration steps on a record of an older version and returns the result unvalidated;
 * anything that is not an object with an older `schemaVersion` comes back as it is, for the
 * schema to judge. The wire schemas use it, so a device on an older release can still sync.
 */
export function upgradeRecord(input: unknown): unknown {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return input;
  const version = (input as Loose).schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1 || version >= SCHEMA_VERSION)
    return input;
  return runSteps(input as Loose, version) ?? input;
}

/** The record taken from `version` through every step to the current one, or null where a step is missing. */
function runSteps(input: Loose, version: number): Loose | null {
  let record = input;
  for (let v = version; v < SCHEMA_VERSION; v++) {
    const step = steps[v];
    if (!step) return null;
    record = step(record);
  }
  return record;
}

export class MigrationError extends Error {
  override name = 'MigrationError';
}

function migrated(input: unknown): Loose {
  if (typeof input !== 'object' || input === null) throw new MigrationError('a readout must be an object');
  const record = input as Loose;
  const version = typeof record.schemaVersion === 'number' ? record.schemaVersion : 1;
  if (version > SCHEMA_VERSION) {
    throw new MigrationError(`schemaVersion ${version} is newer than this software (${SCHEMA_VERSION})`);
  }
  const result = runSteps(record, version);
  if (!result) throw new MigrationError(`no migration from schemaVersion ${version}`);
  return result;
}

/**
 * Brings a stored record of any known schema version up to the current one and validates it.
 * @throws MigrationError for an unknown version or a record that is invalid after migration.
 */
export function migrateReadout(input: unknown): Readout {
  const parsed = Readout.safeParse(migrated(input));
  if (!parsed.success) {
    throw new MigrationError(
      `invalid readout after migration: ${parsed.error.issues[0]?.message ?? 'unknown'}`,
    );
  }
  return parsed.data;
}

/**
 * The same for extracted content without user fields (a capture in an older export or outbox).
 * @throws MigrationError for an unknown version or content that is invalid after migration.
 */
export function migrateReadoutContent(input: unknown): ReadoutContent {
  const parsed = ReadoutContent.safeParse(migrated(input));
  if (!parsed.success) {
    throw new MigrationError(
      `invalid readout content after migration: ${parsed.error.issues[0]?.message ?? 'unknown'}`,
    );
  }
  return parsed.data;
}
