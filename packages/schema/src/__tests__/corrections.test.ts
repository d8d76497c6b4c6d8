import { describe, expect, it } from 'vitest';
import { migrateReadout, migrateReadoutContent } from '../migrate';
import { Readout } from '../readout';
import { Mutation, RecordState } from '../sync';
import { fakeReadout, fakeReadoutContent } from '../testing';

const hlc = '001764201600000-00000-c1';
const content = fakeReadoutContent();
const correct = (fields: unknown) => ({ id: 3, readoutId: content.id, hlc, type: 'correct', fields });

describe('correct mutation', () => {
  it('accepts a value with its base, and null as a revert', () => {
    const m = correct({ date: { value: '2018-08-18', base: '2018-08-19' }, title: null });
    expect(Mutation.parse(m)).toEqual(m);
  });

  it('refuses a value the readout schema refuses', () => {
    const bad = Mutation.safeParse(correct({ date: { value: '2020-13-45', base: null } }));
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.path).toEqual(['fields', 'date', 'value']);
    const country = content.participants.map((p) => ({ ...p, country: 'Japan' }));
    expect(
      Mutation.safeParse(correct({ participants: { value: country, base: content.participants } })).success,
    ).toBe(false);
  });

  it('refuses an unknown field, a user field and an empty correction', () => {
    expect(Mutation.safeParse(correct({ colour: { value: 'red', base: 'blue' } })).success).toBe(false);
    expect(Mutation.safeParse(correct({ tags: { value: ['a'], base: [] } })).success).toBe(false);
    expect(Mutation.safeParse(correct({})).success).toBe(false);
  });
});

describe('record state corrections', () => {
  const state = {
    id: content.id,
    content,
    captured: hlc,
    tags: {},
    note: null,
    starred: null,
    deleted: null,
  };

  it('defaults to none for a state from an older release', () => {
    expect(RecordState.parse(state).corrections).toEqual({});
  });

  it('holds a correction or a revert per field, and refuses a malformed one', () => {
    const corrections = {
      date: { reverted: false, value: '2018-08-18', base: '2018-08-19', hlc },
      format: { reverted: true, hlc },
    };
    expect(RecordState.parse({ ...state, corrections }).corrections).toEqual(corrections);
    expect(
      RecordState.safeParse({
        ...state,
        corrections: { date: { reverted: false, value: '2018-08-18', hlc } },
      }).success,
    ).toBe(false);
    expect(RecordState.safeParse({ ...state, corrections: { note: { reverted: true, hlc } } }).success).toBe(
      false,
    );
  });
});

describe('schema version 3 to 4', () => {
  const v3 = () => {
    const { corrected: _c, extracted: _e, pageChanged: _p, ...readout } = fakeReadout();
    const { evidence: _evidence, ...capture } = readout.capture;
    return { ...readout, schemaVersion: 3, capture: { ...capture, warnings: ['no meeting date found'] } };
  };

  it('turns sentences into text notices and adds empty evidence and review fields', () => {
    const readout = migrateReadout(v3());
    expect(readout.schemaVersion).toBe(4);
    expect(readout.capture.warnings).toEqual([{ code: 'text', params: { text: 'no meeting date found' } }]);
    expect(readout.capture.evidence).toEqual([]);
    expect(readout).toMatchObject({ corrected: [], extracted: {}, pageChanged: [] });
    expect(Readout.parse(readout)).toEqual(readout);
  });

  it('migrates bare content without adding review fields', () => {
    const { user: _user, ...bare } = v3();
    const migrated = migrateReadoutContent(bare);
    expect(migrated.capture.evidence).toEqual([]);
    expect('corrected' in migrated).toBe(false);
  });
});
