import { describe, expect, it } from 'vitest';
import { fakeReadout } from '../../__tests__/factories';
import { parseImport } from '../import';

const errorsOf = (text: string) => {
  const result = parseImport(text);
  if (result.ok) throw new Error('expected the import to fail');
  return result.errors;
};

describe('parseImport', () => {
  it('accepts a bare array of readouts', () => {
    const readout = fakeReadout();
    expect(parseImport(JSON.stringify([readout]))).toEqual({ ok: true, readouts: [readout] });
  });

  it('rejects text that is not JSON', () => {
    expect(errorsOf('{nope')[0]).toMatch(/^not valid JSON/);
  });

  it('rejects JSON of the wrong shape', () => {
    expect(errorsOf('{"hello": 1}')).toEqual([
      'expected a list of readouts, or an export with a "readouts" list',
    ]);
  });

  it('names the readout and the field that is wrong, and imports nothing', () => {
    const bad = { ...fakeReadout({ id: 'broken' }), date: '22 Nov 2019' };
    const errors = errorsOf(JSON.stringify([fakeReadout(), bad]));
    expect(errors).toEqual([
      expect.stringMatching(/^readout 2 \(broken\): date: expected a date as YYYY-MM-DD/),
    ]);
  });

  it('rejects duplicate ids', () => {
    const readout = fakeReadout();
    expect(errorsOf(JSON.stringify([readout, readout]))[0]).toMatch(/appears twice/);
  });

  it('migrates readouts of an older schema version', () => {
    const { startTime, japanTime, ...rest } = fakeReadout({ startTime: '09:30' });
    const v1 = { ...rest, schemaVersion: 1, time: startTime, user: { tags: ['x'], note: '' } };
    const result = parseImport(JSON.stringify({ readouts: [v1] }));
    expect(result.ok && result.readouts[0]).toMatchObject({
      startTime: '09:30',
      user: { starred: false, tags: ['x'] },
    });
    expect(japanTime).toBeNull();
  });

  it('lists at most ten errors', () => {
    const bad = Array.from({ length: 15 }, (_, i) => ({ id: `bad-${i}` }));
    const errors = errorsOf(JSON.stringify(bad));
    expect(errors).toHaveLength(11);
    expect(errors.at(-1)).toBe('… and 5 more');
  });
});
