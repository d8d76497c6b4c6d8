import { describe, expect, it } from 'vitest';
import { MigrationError, migrateReadout, migrateReadoutContent, upgradeRecord } from '../migrate';
import { Readout, SCHEMA_VERSION } from '../readout';
import { CaptureMutation, RecordState } from '../sync';
import { fakeReadout, fakeReadoutContent } from '../testing';

describe('migrateReadout', () => {
  it('brings a version-1 record to the current version, keeping its data', () => {
    const current = fakeReadout();
    const { startTime, japanTime, schemaVersion, ...rest } = current;
    const v1 = {
      ...rest,
      schemaVersion: 1,
      time: startTime,
      participants: current.participants.map(({ familyName, role, nameLatin, ...p }) => p),
      user: { tags: ['asean'], note: 'n' },
    };
    const migrated = migrateReadout(v1);
    expect(migrated.schemaVersion).toBe(SCHEMA_VERSION);
    expect(migrated.startTime).toBe('17:45');
    expect(migrated.user).toEqual({ tags: ['asean'], note: 'n', starred: false });
    expect(migrated.participants[0]?.familyName).toBeNull();
    expect(migrated.participants.map((p) => p.role)).toEqual(['principal', 'principal']);
    expect(Readout.safeParse(migrated).success).toBe(true);
  });

  it('brings a version-2 record to version 3: every participant a principal, no Latin name', () => {
    const current = fakeReadout({ user: { tags: ['g7'], note: 'kept', starred: true } });
    const v2 = {
      ...current,
      schemaVersion: 2,
      participants: current.participants.map(({ role, nameLatin, ...p }) => p),
    };
    expect(Readout.safeParse(v2).success).toBe(false);
    const migrated = migrateReadout(v2);
    expect(migrated).toEqual(current);
  });

  it('migrates bare extracted content too, and leaves what it cannot migrate to the schema', () => {
    const content = fakeReadoutContent();
    const v2 = {
      ...content,
      schemaVersion: 2,
      participants: content.participants.map(({ role, ...p }) => p),
    };
    expect(migrateReadoutContent(v2)).toEqual(content);
    expect(upgradeRecord('text')).toBe('text');
    expect(upgradeRecord({ schemaVersion: 99 })).toEqual({ schemaVersion: 99 });
    expect(() => migrateReadoutContent({ schemaVersion: 2 })).toThrow(/invalid readout content/);
  });

  it('accepts a capture and a record state from a device still on version 2', () => {
    const content = fakeReadoutContent();
    const v2 = {
      ...content,
      schemaVersion: 2,
      participants: content.participants.map(({ role, nameLatin, ...p }) => p),
    };
    const hlc = '001764201600000-00000-c1';
    const capture = CaptureMutation.parse({
      id: 1,
      readoutId: content.id,
      hlc,
      type: 'capture',
      readout: v2,
    });
    expect(capture.readout).toEqual(content);
    const state = RecordState.parse({
      id: content.id,
      content: v2,
      captured: hlc,
      tags: {},
      note: null,
      starred: null,
      deleted: null,
    });
    expect(state.content?.participants[1]?.role).toBe('principal');
    // A version this software does not know is still refused, not guessed at.
    expect(
      CaptureMutation.safeParse({
        id: 1,
        readoutId: content.id,
        hlc,
        type: 'capture',
        readout: { ...content, schemaVersion: 5 },
      }).success,
    ).toBe(false);
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
