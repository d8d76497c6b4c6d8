import { describe, expect, it } from 'vitest';
import { MigrationError, migrateReadout } from '../migrate';
import { Readout } from '../readout';
import { fakeReadout } from '../testing';

describe('migrateReadout', () => {
  it('brings a version-1 record to the current version, keeping its data', () => {
    const current = fakeReadout();
    const { startTime, japanTime, schemaVersion, ...rest } = current;
    const v1 = {
      ...rest,
      schemaVersion: 1,
      time: startTime,
      participants: current.participants.map(({ familyName, ...p }) => p),
      user: { tags: ['asean'], note: 'n' },
    };
    const migrated = migrateReadout(v1);
    expect(migrated.schemaVersion).toBe(2);
    expect(migrated.startTime).toBe('17:45');
    expect(migrated.user).toEqual({ tags: ['asean'], note: 'n', starred: false });
    expect(migrated.participants[0]?.familyName).toBeNull();
    expect(Readout.safeParse(migrated).success).toBe(true);
  });

  it('passes a current record through unchanged', () => {
    const current = fakeReadout();
    expect(migrateReadout(current)).toEqual(current);
  });

  it('refuses records from a newer version or that stay invalid', () => {
    expect(() => migrateReadout({ ...fakeReadout(), schemaVersion: 99 })).toThrow(MigrationError);
    expect(() => migrateReadout({ schemaVersion: 2, title: '' })).toThrow(/invalid readout/);
    expect(() => migrateReadout('nope')).toThrow(MigrationError);
  });
});
