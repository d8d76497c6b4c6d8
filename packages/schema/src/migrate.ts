// Migration of stored records from older schema versions to the current one.
import { Readout, SCHEMA_VERSION } from './readout';

type Loose = Record<string, unknown>;

/**
 * Version 1 (the first release) had no `starred`, no `familyName`, no `japanTime` and kept the
 * start time as `time`. Each step takes a record of version N to version N+1.
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
};

export class MigrationError extends Error {
  override name = 'MigrationError';
}

/**
 * Brings a stored record of any known schema version up to the current one and validates it.
 * @throws MigrationError for an unknown version or a record that is invalid after migration.
 */
export function migrateReadout(input: unknown): Readout {
  if (typeof input !== 'object' || input === null) throw new MigrationError('a readout must be an object');
  let record = input as Loose;
  let version = typeof record.schemaVersion === 'number' ? record.schemaVersion : 1;
  if (version > SCHEMA_VERSION) {
    throw new MigrationError(`schemaVersion ${version} is newer than this software (${SCHEMA_VERSION})`);
  }
  while (version < SCHEMA_VERSION) {
    const step = steps[version];
    if (!step) throw new MigrationError(`no migration from schemaVersion ${version}`);
    record = step(record);
    version += 1;
  }
  const parsed = Readout.safeParse(record);
  if (!parsed.success) {
    throw new MigrationError(
      `invalid readout after migration: ${parsed.error.issues[0]?.message ?? 'unknown'}`,
    );
  }
  return parsed.data;
}
